#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The tailnet policy that lets people reach the proxy: sources and tag in, the policy
// snippet (or why it cannot be made) out, with notes on merging it.
class AclTab : public QWidget
{
    Q_OBJECT

public:
    explicit AclTab(QWidget *parent = nullptr);

signals:
    void copyRequested(const QString &text, const QString &what);

private:
    void refresh();

    QLineEdit *m_sources = nullptr;
    QLineEdit *m_tag = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_copy = nullptr;
};
