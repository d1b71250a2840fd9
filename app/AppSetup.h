#pragma once

class QCoreApplication;

// Process-wide set-up shared by the CLI and the GUI.
class AppSetup
{
public:
    // Organization/application names (QSettings paths) and version.
    static void configureApplication();

    // Loads kubetailor's and Qt's own translations for the system locale (English, the
    // source language, is the fallback). Returns true when a kubetailor translation loaded.
    static bool installTranslations(QCoreApplication *app);
};
