// Build-time host tool: renders one SVG icon to the raster formats installers need, so the
// SVG stays the only source (no PNG blobs in git that drift from it).
//
//   kubetailor_render_icon png  IN.svg SIZE OUT.png
//   kubetailor_render_icon ico  IN.svg OUT.ico        (Windows: 16..256, PNG-compressed entries)
//   kubetailor_render_icon icns IN.svg OUT.icns       (macOS: 16..1024, PNG entries)
#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <cstring>

namespace {

bool renderPng(QSvgRenderer &renderer, int size, QByteArray *png)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QBuffer buffer(png);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "PNG");
}

void appendBigEndian32(QByteArray *out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out->append(bytes, 4);
}

void appendLittleEndian(QByteArray *out, quint32 value, int width)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out->append(bytes, width);
}

// ICO: a directory of entries, each a PNG (Windows Vista and later read PNG entries).
QByteArray icoFile(const QList<QPair<int, QByteArray>> &pngs)
{
    QByteArray out;
    appendLittleEndian(&out, 0, 2); // reserved
    appendLittleEndian(&out, 1, 2); // type: icon
    appendLittleEndian(&out, quint32(pngs.size()), 2);
    quint32 offset = quint32(6 + 16 * pngs.size());
    for (const auto &[size, png] : pngs) {
        out.append(char(size >= 256 ? 0 : size)); // width (0 means 256)
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0));                      // palette colours
        out.append(char(0));                      // reserved
        appendLittleEndian(&out, 1, 2);           // colour planes
        appendLittleEndian(&out, 32, 2);          // bits per pixel
        appendLittleEndian(&out, quint32(png.size()), 4);
        appendLittleEndian(&out, offset, 4);
        offset += quint32(png.size());
    }
    for (const auto &entry : pngs)
        out.append(entry.second);
    return out;
}

// ICNS: "icns" + total length, then typed entries holding PNG data.
QByteArray icnsFile(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray body;
    for (const auto &[type, png] : entries) {
        body.append(type);
        appendBigEndian32(&body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBigEndian32(&out, quint32(8 + body.size()));
    return out + body;
}

bool writeFile(const char *path, const QByteArray &data)
{
    QSaveFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "kubetailor_render_icon: cannot write %s: %s\n", path,
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

int usage()
{
    std::fprintf(stderr, "usage: kubetailor_render_icon png IN.svg SIZE OUT.png\n"
                         "       kubetailor_render_icon (ico|icns) IN.svg OUT\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4)
        return usage();
    const char *mode = argv[1];
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[2]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "kubetailor_render_icon: %s is not a valid SVG file\n", argv[2]);
        return 1;
    }
    QByteArray png;
    if (std::strcmp(mode, "png") == 0 && argc == 5) {
        const int size = QByteArray(argv[3]).toInt();
        if (size <= 0 || size > 4096)
            return usage();
        if (!renderPng(renderer, size, &png))
            return 1;
        return writeFile(argv[4], png) ? 0 : 1;
    }
    if (std::strcmp(mode, "ico") == 0 && argc == 4) {
        QList<QPair<int, QByteArray>> pngs;
        for (int size : {16, 24, 32, 48, 64, 128, 256}) {
            if (!renderPng(renderer, size, &png))
                return 1;
            pngs.append({size, png});
            png.clear();
        }
        return writeFile(argv[3], icoFile(pngs)) ? 0 : 1;
    }
    if (std::strcmp(mode, "icns") == 0 && argc == 4) {
        // OSType per pixel size (Apple's icns types that take PNG data).
        const QList<QPair<QByteArray, int>> types = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},
                                                     {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
                                                     {"ic10", 1024}};
        QList<QPair<QByteArray, QByteArray>> entries;
        for (const auto &[type, size] : types) {
            if (!renderPng(renderer, size, &png))
                return 1;
            entries.append({type, png});
            png.clear();
        }
        return writeFile(argv[3], icnsFile(entries)) ? 0 : 1;
    }
    return usage();
}
