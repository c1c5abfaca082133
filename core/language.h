#pragma once

#include <QLocale>
#include <QString>

namespace soc {

// Display language. Catalog names exist in both; the UI switches between them at run time.
enum class Language { Vietnamese, English };

QString languageCode(Language language);                 // "vi" or "en"
bool parseLanguage(const QString &code, Language *language); // accepts "vi" and "en"
QLocale localeFor(Language language);                    // vi_VN or en_US

// Picks the name in the language, falling back to the other when it is empty.
inline const QString &pickName(Language language, const QString &vi, const QString &en)
{
    if (language == Language::Vietnamese)
        return vi.isEmpty() ? en : vi;
    return en.isEmpty() ? vi : en;
}

} // namespace soc
