#pragma once

#include <QMainWindow>

namespace Recoupe {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Recoupe
