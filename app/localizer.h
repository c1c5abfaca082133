#pragma once

#include "core/language.h"

#include <QObject>
#include <QTranslator>

namespace soc {

// Switches the display language at run time: installs the application's translations, sets
// the default QLocale (numbers and dates), and lets every widget retranslate itself through
// QEvent::LanguageChange. Lives on the UI thread.
class Localizer : public QObject
{
    Q_OBJECT

public:
    explicit Localizer(QObject *parent = nullptr);

    // Returns false when the compiled translations for the language are missing.
    bool setLanguage(Language language);
    Language language() const { return m_language; }

    // The language saved from the last session, else the system's if it is vi or en, else vi.
    static Language initialLanguage();
    static void saveLanguage(Language language);

signals:
    void languageChanged(soc::Language language);

private:
    QTranslator m_translator;
    Language m_language = Language::Vietnamese;
    bool m_installed = false;
};

} // namespace soc
