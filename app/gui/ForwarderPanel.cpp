#include "ForwarderPanel.h"

#include "app/AppSettings.h"
#include "app/ForwarderController.h"
#include "app/RequestLogModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ForwarderPanel::ForwarderPanel(ForwarderController *forwarder, AppSettings *settings,
                               QWidget *parent)
    : QWidget(parent)
    , m_forwarder(forwarder)
    , m_settings(settings)
    , m_contextLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_mode(new QComboBox(this))
    , m_keep(new QCheckBox(tr("&Keep the -local context after Stop"), this))
    , m_startStop(new QPushButton(this))
    , m_stateLabel(new QLabel(this))
    , m_command(new QLineEdit(this))
    , m_copy(new QPushButton(tr("C&opy"), this))
    , m_log(new QTableView(this))
    , m_clear(new QPushButton(tr("Clear lo&g"), this))
{
    m_contextLabel->setObjectName(QStringLiteral("forwarderContextLabel"));
    m_contextLabel->setWordWrap(true);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(m_settings->forwarderPort());
    m_port->setAccessibleName(tr("Local port"));
    m_port->setToolTip(tr("The loopback port the forwarder listens on"));
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setAccessibleName(tr("Forwarder mode"));
    m_mode->addItem(tr("HTTP: forward and log each request"), int(ForwarderConfig::Mode::Http));
    m_mode->addItem(tr("TCP passthrough: end-to-end TLS (client certificates work)"),
                    int(ForwarderConfig::Mode::Passthrough));
    m_mode->setCurrentIndex(
        m_settings->forwarderMode() == AppSettings::ForwarderMode::Passthrough ? 1 : 0);
    m_keep->setObjectName(QStringLiteral("keepContextCheck"));
    m_keep->setToolTip(tr("Without it, <context>-local is removed from the kubeconfig when the "
                          "proxy stops or kubetailor quits"));
    m_startStop->setObjectName(QStringLiteral("startStopButton"));
    m_stateLabel->setObjectName(QStringLiteral("forwarderStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setObjectName(QStringLiteral("kubectlCommandEdit"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setAccessibleName(tr("kubectl command for the local proxy"));
    m_command->setPlaceholderText(tr("Start the proxy to get the kubectl command"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setAccessibleName(tr("Copy the kubectl command"));

    m_log->setObjectName(QStringLiteral("requestLogView"));
    m_log->setAccessibleName(tr("Request log"));
    m_log->setModel(m_forwarder->requestLog());
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setAlternatingRowColors(true);
    m_log->setWordWrap(false);
    m_log->verticalHeader()->hide();
    m_log->verticalHeader()->setDefaultSectionSize(m_log->fontMetrics().height() + 6);
    m_log->horizontalHeader()->setSectionResizeMode(RequestLogModel::PathColumn,
                                                    QHeaderView::Stretch);
    // Sized for their widest values up front: ResizeToContents would measure an empty log.
    const QFontMetrics metrics = m_log->fontMetrics();
    m_log->horizontalHeader()->resizeSection(
        RequestLogModel::TimeColumn,
        metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_log->horizontalHeader()->resizeSection(
        RequestLogModel::MethodColumn, metrics.horizontalAdvance(QStringLiteral("OPTIONS")) + 16);
    m_clear->setObjectName(QStringLiteral("clearLogButton"));

    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    auto *modeLabel = new QLabel(tr("&Mode:"), this);
    modeLabel->setBuddy(m_mode);
    auto *controls = new QHBoxLayout;
    controls->addWidget(portLabel);
    controls->addWidget(m_port);
    controls->addSpacing(12);
    controls->addWidget(modeLabel);
    controls->addWidget(m_mode, 1);
    controls->addWidget(m_startStop);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);

    auto *commandRow = new QHBoxLayout;
    auto *commandLabel = new QLabel(tr("&Command:"), this);
    commandLabel->setBuddy(m_command);
    commandRow->addWidget(commandLabel);
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copy);

    auto *logHeader = new QHBoxLayout;
    auto *logLabel = new QLabel(tr("Re&quests:"), this);
    logLabel->setBuddy(m_log);
    logHeader->addWidget(logLabel);
    logHeader->addStretch(1);
    logHeader->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_contextLabel);
    layout->addLayout(controls);
    layout->addLayout(keepRow);
    layout->addWidget(m_stateLabel);
    layout->addLayout(commandRow);
    layout->addLayout(logHeader);
    layout->addWidget(m_log, 1);

    setTabOrder(m_port, m_mode);
    setTabOrder(m_mode, m_keep);
    setTabOrder(m_keep, m_startStop);
    setTabOrder(m_startStop, m_command);
    setTabOrder(m_command, m_copy);
    setTabOrder(m_copy, m_clear);
    setTabOrder(m_clear, m_log);

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        // Starting or stopping in the background: the button stays enabled (a disabled
        // button would throw the keyboard focus to the next control) and waits.
        if (m_forwarder->isBusy())
            return;
        if (m_forwarder->isRunning())
            stop();
        else
            start();
    });
    connect(m_keep, &QCheckBox::toggled, m_forwarder, &ForwarderController::setKeepLocalContext);
    connect(m_copy, &QPushButton::clicked, this, &ForwarderPanel::copyCommand);
    connect(m_clear, &QPushButton::clicked, m_forwarder->requestLog(), &RequestLogModel::clear);
    connect(m_forwarder, &ForwarderController::stateChanged, this, &ForwarderPanel::updateState);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ForwarderPanel::updateState);
    connect(m_forwarder->requestLog(), &QAbstractItemModel::rowsInserted, m_log,
            [this] { m_log->scrollToBottom(); });
    updateState();
}

void ForwarderPanel::setContext(const QString &context)
{
    m_context = context;
    // The mode follows the context: a client-certificate context (k3s, kubeadm) works only
    // through the TCP tunnel, so it is preselected (the user can still choose HTTP, with the
    // reason shown next to it); any other context gets the mode the user last chose.
    if (!m_forwarder->isRunning()) {
        const bool passthrough =
            m_forwarder->needsPassthrough(context) ||
            m_settings->forwarderMode() == AppSettings::ForwarderMode::Passthrough;
        m_mode->setCurrentIndex(m_mode->findData(
            int(passthrough ? ForwarderConfig::Mode::Passthrough : ForwarderConfig::Mode::Http)));
    }
    updateState();
}

void ForwarderPanel::setPort(int port)
{
    m_port->setValue(port);
}

bool ForwarderPanel::start()
{
    if (m_context.isEmpty()) {
        emit errorMessage(tr("Select the context to forward in the table first."));
        return false;
    }
    const auto mode = ForwarderConfig::Mode(m_mode->currentData().toInt());
    m_settings->setForwarderPort(m_port->value());
    // The mode a client-certificate context forces is not the user's choice for the others.
    if (!m_forwarder->needsPassthrough(m_context))
        m_settings->setForwarderMode(mode == ForwarderConfig::Mode::Passthrough
                                         ? AppSettings::ForwarderMode::Passthrough
                                         : AppSettings::ForwarderMode::Http);
    // A large kubeconfig is read and written in the background: the outcome comes later.
    const QPointer<ForwarderPanel> self(this);
    const Status started =
        m_forwarder->start(m_context, quint16(m_port->value()), mode, [self](const Status &status) {
            if (!self)
                return;
            if (!status) {
                emit self->errorMessage(
                    tr("The local proxy did not start: %1").arg(status.error()));
                return;
            }
            emit self->statusMessage(tr("Local proxy for %1 listens on %2; context %3 added")
                                         .arg(self->m_forwarder->context(),
                                              self->m_forwarder->localUrl(),
                                              self->m_forwarder->localContext()),
                                     false);
        });
    return started.ok();
}

void ForwarderPanel::stop()
{
    const QString context = m_forwarder->context();
    const QString local = m_forwarder->localContext();
    const bool keep = m_forwarder->keepLocalContext();
    const QPointer<ForwarderPanel> self(this);
    m_forwarder->stop([self, context, local, keep](const Status &status) {
        if (!self)
            return;
        if (!status) {
            emit self->errorMessage(
                tr("Local proxy for %1 stopped, but: %2").arg(context, status.error()));
            return;
        }
        emit self->statusMessage(
            keep || local.isEmpty()
                ? tr("Local proxy for %1 stopped").arg(context)
                : tr("Local proxy for %1 stopped; context %2 removed").arg(context, local),
            false);
    });
}

void ForwarderPanel::copyCommand()
{
    if (m_command->text().isEmpty())
        return;
    QApplication::clipboard()->setText(m_command->text());
    emit statusMessage(tr("Copied: %1").arg(m_command->text()), false);
}

void ForwarderPanel::updateState()
{
    if (m_forwarder->isBusy()) {
        const bool starting = m_forwarder->busy() == ForwarderController::Busy::Starting;
        m_startStop->setText(starting ? tr("Starting\u2026") : tr("Stopping\u2026"));
        m_startStop->setToolTip(tr("Wait until the kubeconfig is written"));
        m_port->setEnabled(false);
        m_mode->setEnabled(false);
        m_stateLabel->setText(
            starting ? tr("Starting the local proxy for %1: reading the kubeconfig and adding "
                          "%1-local\u2026")
                           .arg(m_forwarder->pendingContext())
                     : tr("Stopping: removing %1 from the kubeconfig\u2026")
                           .arg(m_forwarder->localContext()));
        m_command->clear();
        return;
    }
    const bool running = m_forwarder->isRunning();
    m_startStop->setText(running ? tr("&Stop") : tr("&Start"));
    m_startStop->setToolTip(running ? tr("Stop the local proxy") : tr("Start the local proxy"));
    m_startStop->setEnabled(running || !m_context.isEmpty());
    m_port->setEnabled(!running);
    m_mode->setEnabled(!running);
    if (running) {
        m_contextLabel->setText(tr("Forwarding context <b>%1</b> to %2")
                                    .arg(m_forwarder->context().toHtmlEscaped(),
                                         m_forwarder->upstream().toHtmlEscaped()));
        m_stateLabel->setText(tr("Running on %1").arg(m_forwarder->localUrl()));
        m_command->setText(m_forwarder->kubectlCommand());
    } else {
        QString text =
            m_context.isEmpty()
                ? tr("Select a context in the table above to run a local proxy for it.")
                : tr("Context <b>%1</b>: the proxy listens on 127.0.0.1 and forwards to its "
                     "server, adding no credentials; kubectl uses the context "
                     "<b>%1-local</b>.")
                      .arg(m_context.toHtmlEscaped());
        if (!m_context.isEmpty() && m_forwarder->needsPassthrough(m_context)) {
            const bool http =
                ForwarderConfig::Mode(m_mode->currentData().toInt()) == ForwarderConfig::Mode::Http;
            text += QLatin1Char(' ') +
                    (http ? tr("<b>It signs in with a client certificate, which HTTP mode cannot "
                               "carry</b> (TLS ends at the proxy, so the API server would see no "
                               "credentials): choose TCP passthrough.")
                          : tr("It signs in with a client certificate, so TCP passthrough is "
                               "chosen: TLS runs from kubectl to the API server."));
        }
        m_contextLabel->setText(text);
        const QString stale = m_forwarder->staleLocalContext(m_context);
        QString state = m_forwarder->lastError().isEmpty()
                            ? tr("Stopped")
                            : tr("Error: %1").arg(m_forwarder->lastError());
        if (!stale.isEmpty())
            state += QLatin1Char(' ') + tr("\u2014 context %1 is kept but its proxy is not "
                                           "running: kubectl --context %1 will fail until you "
                                           "Start it")
                                            .arg(stale);
        m_stateLabel->setText(state);
        m_command->clear();
    }
}
