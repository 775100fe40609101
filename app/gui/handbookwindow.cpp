#include "handbookwindow.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

HandbookWindow::HandbookWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"handbookWindow"_s);
    setWindowTitle(tr("Recoupe Handbook"));
    m_browser->setObjectName(u"handbookBrowser"_s);
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    m_browser->setSource(pageForLanguage(QLocale().name().left(2)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 40);
}

QUrl HandbookWindow::source() const
{
    return m_browser->source();
}

QUrl HandbookWindow::pageForLanguage(const QString &language)
{
    return QUrl(language == "fr"_L1 ? u"qrc:/handbook/handbook-fr.html"_s : u"qrc:/handbook/handbook-en.html"_s);
}

} // namespace Recoupe
