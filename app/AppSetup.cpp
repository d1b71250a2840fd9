#include "AppSetup.h"

#include "app/AppLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void AppSetup::configureApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kubetailor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kubetailor.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("kubetailor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUBETAILOR_VERSION));
}

bool AppSetup::installTranslations(QCoreApplication *app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    // The build compiles translations/*.ts into the resource prefix :/i18n.
    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("kubetailor"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        qCDebug(lcApp) << "translation loaded for" << locale.name();
        return true;
    }
    return false;
}
