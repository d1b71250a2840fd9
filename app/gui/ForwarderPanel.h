#pragma once

#include <QWidget>

class AppSettings;
class ForwarderController;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// "Local proxy": start and stop the embedded noauth forwarder for the selected context on
// loopback, the kubectl line that uses it (with Copy), and a live log of the requests it
// forwards (no credentials in it). Errors are said in words next to the button.
class ForwarderPanel : public QWidget
{
    Q_OBJECT

public:
    ForwarderPanel(ForwarderController *forwarder, AppSettings *settings,
                   QWidget *parent = nullptr);

    // The context Start uses (the table's first selected one).
    void setContext(const QString &context);
    QString context() const { return m_context; }
    void setPort(int port);

public slots:
    bool start();
    void stop();

signals:
    void statusMessage(const QString &text, bool undoable);
    void errorMessage(const QString &text);

private:
    void updateState();
    void copyCommand();

    ForwarderController *m_forwarder;
    AppSettings *m_settings;
    QString m_context;

    QLabel *m_contextLabel;
    QSpinBox *m_port;
    QComboBox *m_mode;
    QCheckBox *m_keep;
    QPushButton *m_startStop;
    QLabel *m_stateLabel;
    QLineEdit *m_command;
    QPushButton *m_copy;
    QTableView *m_log;
    QPushButton *m_clear;
};
