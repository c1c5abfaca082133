#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared setup of the libFuzzer harnesses in this folder.

// Stops the run with a message when an invariant of the code under test does not hold, so that
// libFuzzer saves the input as a crash.
#define SOC_FUZZ_CHECK(condition)                                                              \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "invariant failed at %s:%d: %s\n", __FILE__, __LINE__,        \
                         #condition);                                                          \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)

namespace soc::fuzz {

// Creates the QCoreApplication that Qt SQL's plugin loader and QTemporaryDir rely on, and
// drops Qt log output: the libraries log a warning for every rejected input, which would bury
// libFuzzer's own report.
inline void initializeQt()
{
    static int argc = 1;
    static char name[] = "soc-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

// The input as a QByteArray that shares libFuzzer's buffer without copying it.
inline QByteArray inputBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<qsizetype>(size));
}

} // namespace soc::fuzz
