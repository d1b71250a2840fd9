#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("kubetailor"));
    setObjectName(QStringLiteral("MainWindow"));
    auto *label = new QLabel(tr("kubetailor"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1000, 640);
}
