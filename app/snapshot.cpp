#include "app/snapshot.h"

#include "app/main_window.h"
#include "feed/demo_source.h"
#include "feed/feed_worker.h"

#include <QApplication>
#include <QDateTime>
#include <QImage>
#include <QPixmap>

namespace soc {

bool renderSnapshot(const DashboardOptions &options, Localizer *localizer, QString *error)
{
    UnitCatalog units;
    if (!UnitCatalog::loadForDashboard(options.unitCatalog, &units, error))
        return false;
    const qint64 atMs = options.atMs > 0 ? options.atMs : QDateTime::currentMSecsSinceEpoch();
    FeedWorker worker;
    worker.setClock([atMs] { return atMs; });
    worker.setUnitCatalog(units);

    for (const QString &url : options.feeds) {
        quint64 seed = 0;
        // NOTE: snapshots render from the demo feed only, because the other transports need a
        // running connection to show anything.
        if (!DemoSource::parseUrl(url, &seed, error))
            return false;
        auto *source = new DemoSource(url, seed, units);
        worker.addSource(source);
        source->deliverPicture(atMs);
    }

    MainWindow window(localizer);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(options.size);
    window.show();
    window.applyState(worker.buildState(atMs));
    window.showPage(options.page);
    QApplication::processEvents();

    const QImage image = window.grab().toImage();
    if (image.size() != options.size) {
        *error = QStringLiteral("the window rendered at %1x%2 instead of %3x%4")
                     .arg(image.width())
                     .arg(image.height())
                     .arg(options.size.width())
                     .arg(options.size.height());
        return false;
    }
    if (!image.save(options.snapshotPath, "PNG")) {
        *error = QStringLiteral("cannot write %1; check that the folder exists and is writable")
                     .arg(options.snapshotPath);
        return false;
    }
    return true;
}

} // namespace soc
