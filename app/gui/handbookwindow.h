#pragma once

#include <QDialog>

class QTextBrowser;

namespace Recoupe {

// Help → Recoupe Handbook (F1): the short guide bundled with the program (docs/handbook, also
// installed under share/doc/recoupe/handbook), in the interface's language. Links inside the
// guide are followed; none leads out of it: Recoupe never touches the network.
class HandbookWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HandbookWindow(QWidget *parent = nullptr);

    // The page shown: qrc:/handbook/handbook-<language>.html.
    QUrl source() const;
    QTextBrowser *browser() const { return m_browser; }

    // The handbook of the UI language (French for "fr", else English).
    static QUrl pageForLanguage(const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace Recoupe
