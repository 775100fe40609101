#include "mainwindow.h"

namespace Recoupe {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Recoupe"));
}

} // namespace Recoupe
