#pragma once

class QApplication;

namespace soc {

// The operations-centre look: Fusion with a dark palette and a font with full Vietnamese
// coverage (Noto Sans, else DejaVu Sans).
void applyTheme(QApplication &app);

} // namespace soc
