#include "app/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyleFactory>

namespace soc {

void applyTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x14, 0x1b, 0x26));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xee, 0xf4));
    palette.setColor(QPalette::Base, QColor(0x1c, 0x25, 0x33));
    palette.setColor(QPalette::AlternateBase, QColor(0x22, 0x2d, 0x3d));
    palette.setColor(QPalette::Text, QColor(0xf4, 0xf7, 0xfa));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa9, 0xb6, 0xc4));
    palette.setColor(QPalette::Button, QColor(0x22, 0x2d, 0x3d));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xee, 0xf4));
    palette.setColor(QPalette::Mid, QColor(0x3a, 0x48, 0x5c));
    palette.setColor(QPalette::Highlight, QColor(0x56, 0xb4, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0x0b, 0x10, 0x18));
    palette.setColor(QPalette::ToolTipBase, QColor(0xf4, 0xf7, 0xfa));
    palette.setColor(QPalette::ToolTipText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x86, 0x94));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x86, 0x94));
    app.setPalette(palette);

    const QStringList families = QFontDatabase::families();
    for (const QString &family : {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")}) {
        if (families.contains(family)) {
            QFont font(family);
            font.setPixelSize(15);
            app.setFont(font);
            break;
        }
    }
}

} // namespace soc
