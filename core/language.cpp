#include "core/language.h"

namespace soc {

QString languageCode(Language language)
{
    return language == Language::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

bool parseLanguage(const QString &code, Language *language)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("vi")) {
        *language = Language::Vietnamese;
        return true;
    }
    if (lower == QLatin1String("en")) {
        *language = Language::English;
        return true;
    }
    return false;
}

QLocale localeFor(Language language)
{
    if (language == Language::Vietnamese)
        return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace soc
