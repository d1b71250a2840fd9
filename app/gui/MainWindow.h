#pragma once

#include <QMainWindow>

// The main window: the contexts of the loaded kubeconfigs, the rewrite panel and the local
// forwarder panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
