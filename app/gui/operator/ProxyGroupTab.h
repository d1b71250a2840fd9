#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// A ProxyGroup of type kube-apiserver in noauth mode: name, replicas and hostname in, the
// manifest (or why it cannot be made) out.
class ProxyGroupTab : public QWidget
{
    Q_OBJECT

public:
    explicit ProxyGroupTab(QWidget *parent = nullptr);

    // The proxy's machine name: the hostname field, else the ProxyGroup's name.
    QString proxyHostname() const;

signals:
    // An input changed (the page's next-step hint follows proxyHostname()).
    void changed();
    void copyRequested(const QString &text, const QString &what);

private:
    void refresh();

    QLineEdit *m_name = nullptr;
    QSpinBox *m_replicas = nullptr;
    QLineEdit *m_hostname = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_copy = nullptr;
};
