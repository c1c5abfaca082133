#include "app/localizer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

namespace soc {

Q_LOGGING_CATEGORY(lcLocalizer, "soc.app.i18n", QtWarningMsg)

Localizer::Localizer(QObject *parent) : QObject(parent) {}

bool Localizer::setLanguage(Language language)
{
    const QString path = QStringLiteral(":/i18n/soc_%1.qm").arg(languageCode(language));
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (!m_translator.load(path)) {
        qCWarning(lcLocalizer) << "translations not found at" << path;
        return false;
    }
    m_language = language;
    QLocale::setDefault(localeFor(language));
    QCoreApplication::installTranslator(&m_translator);
    m_installed = true;
    emit languageChanged(language);
    return true;
}

Language Localizer::initialLanguage()
{
    Language language;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (parseLanguage(saved, &language))
        return language;
    if (QLocale::system().language() == QLocale::English)
        return Language::English;
    return Language::Vietnamese;
}

void Localizer::saveLanguage(Language language)
{
    QSettings().setValue(QStringLiteral("ui/language"), languageCode(language));
}

} // namespace soc
