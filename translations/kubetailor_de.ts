<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AclTab</name>
    <message>
        <location filename="../app/gui/operator/AclTab.cpp" line="+21"/>
        <source>Who may reach the proxy</source>
        <translation>Wer den Proxy erreichen darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users, groups or tags, separated by commas: autogroup:member, group:sre, alice@example.com</source>
        <translation>Benutzer, Gruppen oder Tags, durch Kommas getrennt: autogroup:member, group:sre, alice@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy tag</source>
        <translation>Tag des Proxys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tailnet policy snippet</source>
        <translation>Ausschnitt der Tailnet-Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy error</source>
        <translation>Richtlinienfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy p&amp;olicy</source>
        <translation>Richtlinie k&amp;opieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the tailnet policy snippet</source>
        <translation>Den Ausschnitt der Tailnet-Richtlinie kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy notes</source>
        <translation>Hinweise zur Richtlinie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sour&amp;ces:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;g:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the policy snippet</source>
        <translation>den Richtlinienausschnitt</translation>
    </message>
</context>
<context>
    <name>AuthMethod</name>
    <message>
        <location filename="../kubeconfig/AuthMethod.cpp" line="+9"/>
        <source>exec plugin</source>
        <translation>Exec-Plugin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth-provider</source>
        <translation>auth-provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>AutostartEntryFile</name>
    <message>
        <location filename="../app/autostart/AutostartEntryFile.cpp" line="+13"/>
        <source>cannot create the folder %1; check its permissions</source>
        <translation>der Ordner %1 kann nicht angelegt werden; prüfen Sie die Zugriffsrechte</translation>
    </message>
</context>
<context>
    <name>AutostartManager</name>
    <message>
        <location filename="../app/AutostartManager.cpp" line="+54"/>
        <source>starting at login is not supported on this system</source>
        <translation>der Start bei der Anmeldung wird auf diesem System nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <location filename="../kubeconfig/BackupStore.cpp" line="+81"/>
        <source>cannot create the backup folder %1; nothing was written: check that %2 is writable</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden; es wurde nichts geschrieben: prüfen Sie, ob %2 beschreibbar ist</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write a backup in %1: too many backups this millisecond; nothing was written</source>
        <translation>in %1 kann keine Sicherung geschrieben werden: zu viele Sicherungen in dieser Millisekunde; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>cannot write the backup %1: %2; nothing was written</source>
        <translation>die Sicherung %1 kann nicht geschrieben werden: %2; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <location filename="../proxycore/CertificateFactory.cpp" line="+195"/>
        <source>cannot create a certificate whose validity ends (%1) before it starts (%2)</source>
        <translation>ein Zertifikat, dessen Gültigkeit endet (%1), bevor sie beginnt (%2), kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create a certificate for &quot;%1&quot;: not a valid DNS name</source>
        <translation>für „%1“ kann kein Zertifikat erstellt werden: kein gültiger DNS-Name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the issuing certificate authority is unusable (its certificate and key must be PEM and belong together): %1</source>
        <translation>die ausstellende Zertifizierungsstelle ist unbrauchbar (Zertifikat und Schlüssel müssen PEM sein und zusammengehören): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot generate an EC P-256 key: %1</source>
        <translation>es kann kein EC-P-256-Schlüssel erzeugt werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot create the certificate for &quot;%1&quot;: %2</source>
        <translation>das Zertifikat für „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot encode the certificate for &quot;%1&quot; as PEM: %2</source>
        <translation>das Zertifikat für „%1“ kann nicht als PEM kodiert werden: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>cannot create the folder %1 for %2</source>
        <translation>der Ordner %1 für %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>cannot restrict the permissions of %1</source>
        <translation>die Zugriffsrechte von %1 können nicht eingeschränkt werden</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+15"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Try &apos;kubetailor %1 --help&apos;.</source>
        <translation>Siehe &apos;kubetailor %1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+58"/>
        <source>Usage: kubetailor [--minimized]            start the desktop app (window and tray)</source>
        <translation>Aufruf: kubetailor [--minimized]           startet die Desktop-App (Fenster und Tray)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>       kubetailor COMMAND [OPTIONS]        run a command without a window</source>
        <translation>        kubetailor BEFEHL [OPTIONEN]       führt einen Befehl ohne Fenster aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes kubectl through the Tailscale Kubernetes Operator&apos;s API server proxy in
noauth mode: the kubeconfig&apos;s server becomes the proxy&apos;s MagicDNS name, the old
CA goes, and the cloud&apos;s exec plugin keeps authenticating.</source>
        <translation>Leitet kubectl über den API-Server-Proxy des Tailscale Kubernetes Operators im
noauth-Modus: Der Server der kubeconfig wird zum MagicDNS-Namen des Proxys, die alte
CA entfällt, und das Exec-Plugin der Cloud authentifiziert weiterhin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not available in this version yet)</source>
        <translation>(in dieser Version noch nicht verfügbar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start the desktop app in the tray</source>
        <translation>die Desktop-App im Tray starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help; &apos;kubetailor COMMAND --help&apos; for a command</source>
        <translation>diese Hilfe anzeigen; &apos;kubetailor BEFEHL --help&apos; für einen Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 done, 1 failed (one line on stderr says what and where), 2 usage error.</source>
        <translation>Exit-Status: 0 erledigt, 1 fehlgeschlagen (eine Zeile auf stderr sagt, was und wo), 2 Aufruffehler.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>kubetailor: unknown command or option &apos;%1&apos;. Try &apos;kubetailor --help&apos;.</source>
        <translation>kubetailor: unbekannter Befehl oder unbekannte Option &apos;%1&apos;. Siehe &apos;kubetailor --help&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This command is not available in this version yet.</source>
        <translation>Dieser Befehl ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this command is not available in this version yet</source>
        <translation>dieser Befehl ist in dieser Version noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <location filename="../app/cli/CommandRegistry.cpp" line="+22"/>
        <source>List every context with its provider, auth method and server</source>
        <translation>Alle Kontexte mit Anbieter, Authentifizierung und Server auflisten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route contexts through the tailnet&apos;s noauth API server proxy</source>
        <translation>Kontexte über den noauth-API-Server-Proxy des Tailnets leiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the remembered routes, apply reverted ones again, or forget one</source>
        <translation>Die gemerkten Wege auflisten, zurückgesetzte erneut anwenden oder einen vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo kubetailor&apos;s last change, keeping what other programs wrote since</source>
        <translation>Die letzte Änderung von kubetailor rückgängig machen und behalten, was andere Programme seitdem geschrieben haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a cloud-generated kubeconfig, renaming clashing names</source>
        <translation>Eine von der Cloud erzeugte kubeconfig einfügen, kollidierende Namen umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch current-context</source>
        <translation>current-context wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename a context</source>
        <translation>Einen Kontext umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete a context, and its cluster and user when nothing else uses them</source>
        <translation>Einen Kontext löschen, dazu seinen Cluster und Benutzer, wenn nichts anderes sie verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the local noauth forwarder on loopback</source>
        <translation>Den lokalen noauth-Forwarder auf Loopback ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check DNS, TCP, TLS, the API server and the exec plugin for a context</source>
        <translation>DNS, TCP, TLS, den API-Server und das Exec-Plugin eines Kontexts prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the operator&apos;s noauth setup: Helm, manifest, ProxyGroup, ACL</source>
        <translation>Die noauth-Einrichtung des Operators ausgeben: Helm, Manifest, ProxyGroup, ACL</translation>
    </message>
</context>
<context>
    <name>ConnectionAdvice</name>
    <message>
        <location filename="../kubeconfig/doctor/ConnectionAdvice.cpp" line="+17"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET /version</source>
        <translation>GET /version</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>an unnamed issuer</source>
        <translation>einem unbenannten Aussteller</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name does not resolve</source>
        <translation>der Name lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no TCP connection</source>
        <translation>keine TCP-Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no verified TLS connection</source>
        <translation>keine verifizierte TLS-Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looking up %1 took longer than %2 s</source>
        <translation>die Namensauflösung von %1 hat länger als %2 s gedauert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is this machine&apos;s DNS working? For a .ts.net name, is Tailscale connected?</source>
        <translation>funktioniert das DNS dieses Rechners? Ist Tailscale für einen .ts.net-Namen verbunden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MagicDNS answers for %1 only while Tailscale is connected: check &apos;tailscale status&apos; lists the device, and that the name is spelled as it shows there</source>
        <translation>MagicDNS antwortet für %1 nur, solange Tailscale verbunden ist: prüfen Sie, ob &apos;tailscale status&apos; das Gerät auflistet und der Name so geschrieben ist wie dort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a short name; use the full MagicDNS name, e.g. %1.tail1234.ts.net (see &apos;tailscale status&apos;)</source>
        <translation>%1 ist ein Kurzname; verwenden Sie den vollen MagicDNS-Namen, z. B. %1.tail1234.ts.net (siehe &apos;tailscale status&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the server name in the kubeconfig and this machine&apos;s DNS settings</source>
        <translation>prüfen Sie den Servernamen in der kubeconfig und die DNS-Einstellungen dieses Rechners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not resolve%2</source>
        <translation>%1 lässt sich nicht auflösen%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an IP address; no lookup needed</source>
        <translation>%1 ist eine IP-Adresse; keine Namensauflösung nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 resolves to %2</source>
        <translation>%1 wird zu %2 aufgelöst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (a tailnet address)</source>
        <translation> (eine Tailnet-Adresse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, which is not a tailnet address</source>
        <translation>, das ist keine Tailnet-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a .ts.net name should resolve to a 100.64.0.0/10 or fd7a:115c:a1e0::/48 address through MagicDNS; is this machine&apos;s DNS going through Tailscale (tailscale set --accept-dns)?</source>
        <translation>ein .ts.net-Name sollte über MagicDNS zu einer Adresse in 100.64.0.0/10 oder fd7a:115c:a1e0::/48 aufgelöst werden; läuft das DNS dieses Rechners über Tailscale (tailscale set --accept-dns)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (not a tailnet address: this path does not use the tailnet)</source>
        <translation> (keine Tailnet-Adresse: dieser Weg nutzt das Tailnet nicht)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connected to %1 port %2 in %3 ms</source>
        <translation>mit %1 Port %2 in %3 ms verbunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer from %1 port %2 within %3 s</source>
        <translation>keine Antwort von %1 Port %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the tailnet ACL may not allow tcp:%1 to this device: grant this user tcp:%1 to the proxy (e.g. tag:k8s-operator) in the tailnet policy file; &apos;tailscale ping %2&apos; tells whether the device is reachable at all</source>
        <translation>die Tailnet-ACL erlaubt tcp:%1 zu diesem Gerät womöglich nicht: gewähren Sie diesem Benutzer in der Tailnet-Richtliniendatei tcp:%1 zum Proxy (z. B. tag:k8s-operator); &apos;tailscale ping %2&apos; zeigt, ob das Gerät überhaupt erreichbar ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing listens on %1 (connection refused by %2)</source>
        <translation>auf %1 lauscht nichts (Verbindung von %2 abgelehnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is the operator&apos;s API server proxy enabled (apiServerProxyConfig.mode: noauth) and the port right? The proxy listens on 443</source>
        <translation>ist der API-Server-Proxy des Operators aktiviert (apiServerProxyConfig.mode: noauth) und der Port richtig? Der Proxy lauscht auf 443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is Tailscale connected on this machine (&apos;tailscale status&apos;)?</source>
        <translation>ist Tailscale auf diesem Rechner verbunden (&apos;tailscale status&apos;)?</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>certificate for: %1</source>
        <translation>Zertifikat für: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>issued by: %1</source>
        <translation>ausgestellt von: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>valid: %1 to %2</source>
        <translation>gültig: %1 bis %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the certificate of %1 is for %2, not for %3</source>
        <translation>das Zertifikat von %1 gilt für %2, nicht für %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a short name; TLS certificates are issued for the full name, e.g. %2: use https://%2:443 as the server</source>
        <translation>%1 ist ein Kurzname; TLS-Zertifikate werden für den vollen Namen ausgestellt, z. B. %2: verwenden Sie https://%2:443 als Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point the server at the name the certificate is issued for (the proxy&apos;s full MagicDNS name), or check that %1 is the operator&apos;s proxy</source>
        <translation>richten Sie den Server auf den Namen, für den das Zertifikat ausgestellt ist (den vollen MagicDNS-Namen des Proxys), oder prüfen Sie, ob %1 der Proxy des Operators ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the certificate of %1 expired on %2</source>
        <translation>das Zertifikat von %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the proxy did not renew its certificate: check the operator (or ProxyGroup) pod&apos;s logs and that HTTPS certificates are still enabled for the tailnet</source>
        <translation>der Proxy hat sein Zertifikat nicht erneuert: prüfen Sie die Logs des Operator-Pods (oder ProxyGroup-Pods) und ob HTTPS-Zertifikate für das Tailnet noch aktiviert sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate of %1 is not valid before %2</source>
        <translation>das Zertifikat von %1 ist erst ab %2 gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check this machine&apos;s clock</source>
        <translation>prüfen Sie die Uhr dieses Rechners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate of %1 (issued by %2) is not trusted by this system</source>
        <translation>dieses System vertraut dem Zertifikat von %1 (ausgestellt von %2) nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unknown issuer</source>
        <translation>einem unbekannten Aussteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS certificates may not be enabled for the tailnet: turn them on in the Tailscale admin console (DNS page, HTTPS Certificates), then the proxy gets a Let&apos;s Encrypt certificate; if the server uses a private CA, add it to SSL_CERT_FILE or the system trust store</source>
        <translation>HTTPS-Zertifikate sind für das Tailnet womöglich nicht aktiviert: schalten Sie sie in der Tailscale-Admin-Konsole ein (Seite DNS, HTTPS Certificates), dann erhält der Proxy ein Let&apos;s-Encrypt-Zertifikat; nutzt der Server eine private CA, fügen Sie sie zu SSL_CERT_FILE oder dem Zertifikatsspeicher des Systems hinzu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1 a TLS server (the proxy serves HTTPS on 443)?</source>
        <translation>ist %1 ein TLS-Server (der Proxy bietet HTTPS auf 443 an)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS errors: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TLS handshake with %1 did not complete within %2 s</source>
        <translation>der TLS-Handshake mit %1 wurde nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is something other than a TLS server listening on %1?</source>
        <translation>lauscht auf %1 etwas anderes als ein TLS-Server?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expires: %1</source>
        <translation>läuft ab: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate is valid for %1 and trusted (issued by %2, expires %3)</source>
        <translation>das Zertifikat ist für %1 gültig und vertrauenswürdig (ausgestellt von %2, läuft ab %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>; it expires in %n day(s)</source>
        <translation>
            <numerusform>; es läuft in %n Tag ab</numerusform>
            <numerusform>; es läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy renews its certificate before it expires; if it does not, check the operator (or ProxyGroup) pod&apos;s logs</source>
        <translation>der Proxy erneuert sein Zertifikat vor dem Ablauf; wenn nicht, prüfen Sie die Logs des Operator-Pods (oder ProxyGroup-Pods)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1 the operator&apos;s API server proxy (or an API server)?</source>
        <translation>ist %1 der API-Server-Proxy des Operators (oder ein API-Server)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no HTTP answer from %1 within %2 s</source>
        <translation>keine HTTP-Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the proxy accepted the connection but did not answer; check the operator (or ProxyGroup) pod&apos;s logs</source>
        <translation>der Proxy hat die Verbindung angenommen, aber nicht geantwortet; prüfen Sie die Logs des Operator-Pods (oder ProxyGroup-Pods)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered something that is not HTTP: %2</source>
        <translation>%1 hat etwas geantwortet, das kein HTTP ist: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection without an HTTP answer</source>
        <translation>%1 hat die Verbindung ohne HTTP-Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server version: %1</source>
        <translation>Serverversion: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 hat HTTP %2%3 geantwortet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the API server answered: Kubernetes %1</source>
        <translation>der API-Server hat geantwortet: Kubernetes %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the API server answered %1 without credentials: the path works; kubectl&apos;s credentials do the rest</source>
        <translation>der API-Server hat ohne Anmeldedaten %1 geantwortet: der Weg funktioniert; den Rest erledigen die Anmeldedaten von kubectl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proxy is reachable but could not reach the API server: check the operator (or ProxyGroup) pod&apos;s logs</source>
        <translation>der Proxy ist erreichbar, hat aber den API-Server nicht erreicht: prüfen Sie die Logs des Operator-Pods (oder ProxyGroup-Pods)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered HTTP %2 without a Kubernetes version</source>
        <translation>%1 hat HTTP %2 ohne Kubernetes-Version geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path works, but the answer is not what an API server gives for /version; is %1 the operator&apos;s API server proxy?</source>
        <translation>der Weg funktioniert, aber die Antwort ist nicht das, was ein API-Server für /version liefert; ist %1 der API-Server-Proxy des Operators?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>skipped: the server is not an https:// URL to probe</source>
        <translation>übersprungen: der Server ist keine https://-URL, die sich prüfen lässt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not in this machine&apos;s tailnet (%2): check the name, or log in to the tailnet the proxy is in</source>
        <translation>%1 liegt nicht im Tailnet dieses Rechners (%2): prüfen Sie den Namen oder melden Sie sich in dem Tailnet an, in dem der Proxy ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no device named %1 in tailnet %2: is the operator&apos;s proxy running and logged in?</source>
        <translation>kein Gerät namens %1 im Tailnet %2: läuft der Proxy des Operators und ist er angemeldet?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no device named %1 in tailnet %2; devices that look like the proxy: %3</source>
        <translation>kein Gerät namens %1 im Tailnet %2; Geräte, die wie der Proxy aussehen: %3</translation>
    </message>
</context>
<context>
    <name>ContextEditSession</name>
    <message>
        <location filename="../app/cli/ContextEditSession.cpp" line="+25"/>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>a context name cannot be empty</source>
        <translation>ein Kontextname darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>ContextEditor</name>
    <message>
        <location filename="../kubeconfig/ContextEditor.cpp" line="+53"/>
        <location line="+15"/>
        <location line="+26"/>
        <location line="+112"/>
        <source>no context named &quot;%1&quot; in %2; `kubetailor contexts` lists them</source>
        <translation>kein Kontext namens „%1“ in %2; `kubetailor contexts` listet sie auf</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>no kubeconfig file to write current-context to</source>
        <translation>keine kubeconfig-Datei, in die current-context geschrieben werden kann</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the new name of context &quot;%1&quot; is empty</source>
        <translation>der neue Name des Kontexts „%1“ ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a context named &quot;%2&quot; exists already; delete it first or choose another name</source>
        <translation>%1: ein Kontext namens „%2“ existiert bereits; löschen Sie ihn zuerst oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: no such file; nothing was imported</source>
        <translation>%1: keine solche Datei; es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no kubeconfig file to import into</source>
        <translation>keine kubeconfig-Datei, in die importiert werden kann</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: a %2 named &quot;%3&quot; is defined there already; the local context goes to %4: delete that entry or choose another name</source>
        <translation>%1: dort ist bereits ein %2 namens „%3“ definiert; der lokale Kontext kommt nach %4: löschen Sie diesen Eintrag oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: context &quot;%2&quot; exists already with another user; delete it or choose another name</source>
        <translation>%1: der Kontext „%2“ existiert bereits mit einem anderen Benutzer; löschen Sie ihn oder wählen Sie einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>ContextEntryCheck</name>
    <message>
        <location filename="../kubeconfig/doctor/ContextEntryCheck.cpp" line="+21"/>
        <source>run &apos;kubetailor rewrite --context %1 --fqdn tailscale-operator.&lt;tailnet&gt;.ts.net&apos; (or the GUI&apos;s Route through tailnet)</source>
        <translation>führen Sie &apos;kubetailor rewrite --context %1 --fqdn tailscale-operator.&lt;tailnet&gt;.ts.net&apos; aus (oder „Über Tailnet leiten“ in der GUI)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kubeconfig entry</source>
        <translation>kubeconfig-Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster %1 in %2</source>
        <translation>Cluster %1 in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fix the context&apos;s entries in %1, or fetch the kubeconfig again with the cloud&apos;s CLI</source>
        <translation>korrigieren Sie die Einträge des Kontexts in %1 oder holen Sie die kubeconfig erneut mit dem CLI der Cloud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cluster %1 has no server</source>
        <translation>Cluster %1 hat keinen Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server %1 is not a valid URL</source>
        <translation>Server %1 ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server %1 is not https://: kubectl sends no credentials (no token, no exec plugin) to an http:// server</source>
        <translation>Server %1 ist nicht https://: kubectl sendet an einen http://-Server keine Anmeldedaten (kein Token, kein Exec-Plugin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use https://%1:443 as the server</source>
        <translation>verwenden Sie https://%1:443 als Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use the Route through tailnet button below: it points the server at the proxy&apos;s full MagicDNS name and removes the old CA</source>
        <translation>verwenden Sie unten die Schaltfläche „Über Tailnet leiten“: sie richtet den Server auf den vollen MagicDNS-Namen des Proxys aus und entfernt die alte CA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is an IP address: not routed through the tailnet proxy</source>
        <translation>%1 ist eine IP-Adresse: nicht über den Tailnet-Proxy geleitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a short name; TLS certificates are issued for the full name, e.g. %1.tail1234.ts.net</source>
        <translation>%1 ist ein Kurzname; TLS-Zertifikate werden für den vollen Namen ausgestellt, z. B. %1.tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run &apos;kubetailor rewrite --context %1 --hostname %2&apos; (it asks tailscale for the tailnet&apos;s name)</source>
        <translation>führen Sie &apos;kubetailor rewrite --context %1 --hostname %2&apos; aus (es fragt tailscale nach dem Namen des Tailnets)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a .ts.net name: not routed through the tailnet proxy</source>
        <translation>%1 ist kein .ts.net-Name: nicht über den Tailnet-Proxy geleitet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the old CA is still in the cluster entry (%1): kubectl trusts only that CA and rejects the proxy&apos;s certificate</source>
        <translation>die alte CA steht noch im Cluster-Eintrag (%1): kubectl vertraut nur dieser CA und lehnt das Zertifikat des Proxys ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove certificate-authority(-data) from cluster %1 (kubetailor rewrite does)</source>
        <translation>entfernen Sie certificate-authority(-data) aus Cluster %1 (kubetailor rewrite erledigt das)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tls-server-name %1 is set: kubectl checks the proxy&apos;s certificate against that name, not %2</source>
        <translation>tls-server-name %1 ist gesetzt: kubectl prüft das Zertifikat des Proxys gegen diesen Namen, nicht gegen %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove tls-server-name from cluster %1</source>
        <translation>entfernen Sie tls-server-name aus Cluster %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>insecure-skip-tls-verify is set: kubectl does not check whom it sends credentials to</source>
        <translation>insecure-skip-tls-verify ist gesetzt: kubectl prüft nicht, an wen es Anmeldedaten sendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove insecure-skip-tls-verify from cluster %1: the proxy&apos;s certificate is publicly trusted</source>
        <translation>entfernen Sie insecure-skip-tls-verify aus Cluster %1: das Zertifikat des Proxys ist öffentlich vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>proxy-url %1 is set: traffic goes through that proxy, not straight over the tailnet</source>
        <translation>proxy-url %1 ist gesetzt: der Verkehr läuft über diesen Proxy, nicht direkt über das Tailnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove proxy-url from cluster %1 unless that proxy is meant to be used</source>
        <translation>entfernen Sie proxy-url aus Cluster %1, sofern dieser Proxy nicht benutzt werden soll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a tailnet FQDN; no leftover CA, tls-server-name or insecure-skip-tls-verify</source>
        <translation>%1 ist ein Tailnet-FQDN; keine übrig gebliebene CA, kein tls-server-name und kein insecure-skip-tls-verify</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>exec plugin</source>
        <translation>Exec-Plugin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped: the user entry has no exec plugin (%1)</source>
        <translation>übersprungen: der Benutzereintrag hat kein Exec-Plugin (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looked in: %1</source>
        <translation>gesucht in: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>add %1 to PATH (for a desktop session too, e.g. in ~/.profile), or write the full path as the exec command</source>
        <translation>fügen Sie %1 zu PATH hinzu (auch für die Desktop-Sitzung, z. B. in ~/.profile) oder tragen Sie den vollen Pfad als Exec-Befehl ein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>install %1 and put it on PATH</source>
        <translation>installieren Sie %1 und legen Sie es in den PATH</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>auth method</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the noauth proxy passes its token to the API server unchanged</source>
        <translation>%1: der noauth-Proxy reicht sein Token unverändert an den API-Server weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a bearer token: the noauth proxy passes it unchanged</source>
        <translation>ein Bearer-Token: der noauth-Proxy reicht es unverändert weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client certificate only: noauth cannot carry client certificates (the proxy terminates TLS, so the certificate never reaches the API server)</source>
        <translation>nur Client-Zertifikat: noauth kann keine Client-Zertifikate weitergeben (der Proxy terminiert TLS, daher erreicht das Zertifikat den API-Server nie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the operator&apos;s auth mode (the proxy then authenticates you by your tailnet identity), or the local forwarder&apos;s passthrough (&apos;kubetailor proxy --context %1 --passthrough&apos;)</source>
        <translation>verwenden Sie den auth-Modus des Operators (der Proxy authentifiziert Sie dann über Ihre Tailnet-Identität) oder den Passthrough des lokalen Forwarders (&apos;kubetailor proxy --context %1 --passthrough&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the operator&apos;s auth mode (the proxy then authenticates you by your tailnet identity), or the Local proxy panel with TCP passthrough for context %1</source>
        <translation>verwenden Sie den auth-Modus des Operators (der Proxy authentifiziert Sie dann über Ihre Tailnet-Identität) oder den Bereich „Lokaler Proxy“ mit TCP-Passthrough für den Kontext %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>legacy auth-provider %1: removed from kubectl since 1.26</source>
        <translation>veralteter auth-provider %1: seit 1.26 aus kubectl entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetch the kubeconfig again with the cloud&apos;s CLI, which writes an exec plugin (gke-gcloud-auth-plugin, kubelogin)</source>
        <translation>holen Sie die kubeconfig erneut mit dem CLI der Cloud, das ein Exec-Plugin einträgt (gke-gcloud-auth-plugin, kubelogin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basic auth (username/password): Kubernetes removed it in 1.19</source>
        <translation>Basic-Auth (Benutzername/Passwort): Kubernetes hat sie in 1.19 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the cloud&apos;s exec plugin or a token</source>
        <translation>verwenden Sie das Exec-Plugin der Cloud oder ein Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the user entry has no credentials: the API server sees an anonymous user and answers 401 or 403</source>
        <translation>der Benutzereintrag hat keine Anmeldedaten: der API-Server sieht einen anonymen Benutzer und antwortet mit 401 oder 403</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add the cloud&apos;s exec plugin, e.g. with &apos;gcloud container clusters get-credentials&apos;, &apos;aws eks update-kubeconfig&apos; or &apos;az aks get-credentials&apos;</source>
        <translation>fügen Sie das Exec-Plugin der Cloud hinzu, z. B. mit &apos;gcloud container clusters get-credentials&apos;, &apos;aws eks update-kubeconfig&apos; oder &apos;az aks get-credentials&apos;</translation>
    </message>
</context>
<context>
    <name>ContextRoute</name>
    <message>
        <location filename="../kubeconfig/ContextRoute.cpp" line="+159"/>
        <source>The server %1 is on the tailnet: kubectl goes through it.</source>
        <translation>Der Server %1 liegt im Tailnet: kubectl geht über das Tailnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 is on this machine (a local cluster): the tailnet&apos;s proxy cannot reach it.</source>
        <translation>Der Server %1 liegt auf diesem Rechner (ein lokaler Cluster): der Proxy des Tailnets kann ihn nicht erreichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is a local development cluster (kind, minikube, Docker Desktop, k3d, Rancher Desktop): the tailnet&apos;s proxy cannot reach it.</source>
        <translation>„%1“ ist ein lokaler Entwicklungscluster (kind, minikube, Docker Desktop, k3d, Rancher Desktop): der Proxy des Tailnets kann ihn nicht erreichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User &quot;%1&quot; signs in with a client certificate only: a noauth proxy ends TLS and cannot pass the certificate on. Use the operator&apos;s auth mode for this cluster.</source>
        <translation>Benutzer „%1“ meldet sich nur mit einem Client-Zertifikat an: ein noauth-Proxy beendet TLS und kann das Zertifikat nicht weitergeben. Verwenden Sie für diesen Cluster den auth-Modus des Operators.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kubectl reaches the API server %1 directly; it can go through the tailnet&apos;s proxy.</source>
        <translation>kubectl erreicht den API-Server %1 direkt; es kann über den Proxy des Tailnets gehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>via tailnet</source>
        <translation>über Tailnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct — client certificate: needs auth mode</source>
        <translation>direkt – Client-Zertifikat: braucht auth-Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local cluster</source>
        <translation>lokaler Cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
</context>
<context>
    <name>ContextsCommand</name>
    <message>
        <location filename="../app/cli/ContextsCommand.cpp" line="+53"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(broken: %1)</source>
        <translation>(defekt: %1)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>ROUTE</source>
        <translation>WEG</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>List every context of the kubeconfig: provider, auth method, server, and its route: via tailnet, direct (a noauth proxy can carry it), direct with a client certificate (needs the operator&apos;s auth mode) or local cluster (* marks the current context).</source>
        <translation>Alle Kontexte der kubeconfig auflisten: Anbieter, Authentifizierung, Server und ihr Weg: über Tailnet, direkt (ein noauth-Proxy kann ihn übernehmen), direkt mit Client-Zertifikat (braucht den auth-Modus des Operators) oder lokaler Cluster (* markiert den aktuellen Kontext).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print one JSON document instead.</source>
        <translation>Stattdessen ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output format: wide (every column, nothing cut) or json.</source>
        <translation>Ausgabeformat: wide (jede Spalte, nichts abgeschnitten) oder json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown output format &apos;%1&apos; (use wide or json)</source>
        <translation>unbekanntes Ausgabeformat &apos;%1&apos; (verwenden Sie wide oder json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No kubeconfig: %1.</source>
        <translation>Keine kubeconfig: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No contexts in %1: add a cluster with your cloud&apos;s CLI (%2) or merge a file with `kubetailor import FILE`.</source>
        <translation>Keine Kontexte in %1: fügen Sie mit dem CLI Ihrer Cloud (%2) einen Cluster hinzu oder fügen Sie mit `kubetailor import FILE` eine Datei ein.</translation>
    </message>
</context>
<context>
    <name>ContextsModel</name>
    <message>
        <location filename="../app/ContextsModel.cpp" line="+58"/>
        <source>current context</source>
        <translation>aktueller Kontext</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not current</source>
        <translation>nicht aktuell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
cluster: %2
user: %3
file: %4</source>
        <translation>%1
Cluster: %2
Benutzer: %3
Datei: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
namespace: %1</source>
        <translation>
Namespace: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>broken: %1</source>
        <translation>defekt: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Current context</source>
        <translation>Aktueller Kontext</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
</context>
<context>
    <name>ContextsPanel</name>
    <message>
        <location filename="../app/gui/ContextsPanel.cpp" line="+31"/>
        <source>Filter contexts by name, provider, server... (Ctrl+F)</source>
        <translation>Kontexte nach Name, Anbieter, Server … filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter contexts</source>
        <translation>Kontexte filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Import a kubeconfig file...</source>
        <translation>kubeconfig-Datei &amp;importieren …</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Make &amp;current context</source>
        <translation>Zum &amp;aktuellen Kontext machen</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../app/cli/DeleteCommand.cpp" line="+18"/>
        <source>Delete CONTEXT, and its cluster and user entries when no other context uses them.</source>
        <translation>CONTEXT löschen, dazu seine Cluster- und Benutzereinträge, wenn kein anderer Kontext sie verwendet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted context &quot;%1&quot; from %2.</source>
        <translation>Kontext &quot;%1&quot; aus %2 gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cluster &quot;%1&quot;</source>
        <translation>Cluster „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also removed %1 (no other context used them).</source>
        <translation>Ebenfalls entfernt: %1 (kein anderer Kontext hat sie verwendet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The context &quot;%1&quot; of %2, which the deleted one shadowed, now takes its place; delete it too with `kubetailor delete %1`.</source>
        <translation>Der Kontext &quot;%1&quot; aus %2, den der gelöschte verdeckte, tritt nun an seine Stelle; löschen Sie ihn ebenfalls mit `kubetailor delete %1`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now in effect instead of the removed entries: %1.</source>
        <translation>Statt der entfernten Einträge gilt jetzt: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was the current context: no context is current now; choose one with `kubetailor use CONTEXT`.</source>
        <translation>Es war der aktuelle Kontext: Jetzt ist kein Kontext aktuell; wählen Sie einen mit `kubetailor use CONTEXT`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was the current context: &quot;%1&quot; is current now; choose another with `kubetailor use CONTEXT`.</source>
        <translation>Es war der aktuelle Kontext: Jetzt ist &quot;%1&quot; aktuell; wählen Sie einen anderen mit `kubetailor use CONTEXT`.</translation>
    </message>
</context>
<context>
    <name>Dns1123</name>
    <message>
        <location filename="../kubeconfig/operator/Dns1123.cpp" line="+16"/>
        <source>%1 is empty; use lower-case letters, digits and &apos;-&apos;, e.g. kube-apiserver</source>
        <translation>%1 ist leer; verwenden Sie Kleinbuchstaben, Ziffern und &apos;-&apos;, z. B. kube-apiserver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; has %3 characters; a DNS-1123 label has at most %4</source>
        <translation>%1 &apos;%2&apos; hat %3 Zeichen; ein DNS-1123-Label hat höchstens %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use lower case (%1)</source>
        <translation>verwenden Sie Kleinbuchstaben (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a-z, 0-9 and &apos;-&apos; are allowed</source>
        <translation>nur a-z, 0-9 und &apos;-&apos; sind erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &apos;%2&apos; has &apos;%3&apos; at position %4; %5</source>
        <translation>%1 &apos;%2&apos; enthält &apos;%3&apos; an Position %4; %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &apos;%2&apos; must start and end with a letter or digit</source>
        <translation>%1 &apos;%2&apos; muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <location filename="../app/cli/DoctorCommand.cpp" line="+41"/>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check a context&apos;s path through the tailnet: the kubeconfig entry, DNS, TCP, TLS, GET /version, the exec plugin and the auth method.</source>
        <translation>Den Weg eines Kontexts durch das Tailnet prüfen: den kubeconfig-Eintrag, DNS, TCP, TLS, GET /version, das Exec-Plugin und die Authentifizierung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check NAME instead of the current context.</source>
        <translation>NAME statt des aktuellen Kontexts prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON document on stdout.</source>
        <translation>Ein JSON-Dokument auf stdout ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also run the exec plugin and check that it prints a token (never shown).</source>
        <translation>Auch das Exec-Plugin ausführen und prüfen, ob es ein Token ausgibt (wird nie angezeigt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each network step may take (default 5).</source>
        <translation>Sekunden, die jeder Netzwerkschritt dauern darf (Standard 5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tailscale binary asked why a .ts.net name does not resolve (default: tailscale on PATH).</source>
        <translation>Das tailscale-Programm, das gefragt wird, warum sich ein .ts.net-Name nicht auflösen lässt (Standard: tailscale im PATH).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout takes seconds between 0 and 600, not &apos;%1&apos;</source>
        <translation>--timeout erwartet Sekunden zwischen 0 und 600, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking context %1 (server %2)</source>
        <translation>Prüfe Kontext %1 (Server %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the checks did not finish within %1 s</source>
        <translation>die Prüfungen wurden nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 passed, %2 warned, %3 failed, %4 skipped</source>
        <translation>%1 bestanden, %2 mit Warnung, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>context %1: %2 failed</source>
        <translation>Kontext %1: %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../app/gui/DoctorDialog.cpp" line="+18"/>
        <source>kubeconfig entry</source>
        <translation>kubeconfig-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET /version</source>
        <translation>GET /version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exec plugin</source>
        <translation>Exec-Plugin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exec credential</source>
        <translation>Exec-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auth method</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No context is selected and none is current: select one in the table, then check again.</source>
        <translation>Kein Kontext ist gewählt und keiner ist aktuell: wählen Sie einen in der Tabelle und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no context named &apos;%1&apos; in %2; select one in the table, then check again.</source>
        <translation>kein Kontext namens &apos;%1&apos; in %2; wählen Sie einen in der Tabelle und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waiting...</source>
        <translation>wartet …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking context %1 (server %2)...</source>
        <translation>Prüfe Kontext %1 (Server %2) …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route through tailnet</source>
        <translation>Über Tailnet leiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run the plugin</source>
        <translation>Plugin ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again, this time running the context&apos;s exec plugin (it may open a browser to sign in)</source>
        <translation>Erneut prüfen, diesmal mit Ausführung des Exec-Plugins des Kontexts (es öffnet womöglich einen Browser zur Anmeldung)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Context %1: %n check(s) failed; see the fix under each.</source>
        <translation>
            <numerusform>Kontext %1: %n Prüfung fehlgeschlagen; siehe die Abhilfe darunter.</numerusform>
            <numerusform>Kontext %1: %n Prüfungen fehlgeschlagen; siehe die Abhilfe unter jeder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Context %1 should work; %n warning(s).</source>
        <translation>
            <numerusform>Kontext %1 sollte funktionieren; %n Warnung.</numerusform>
            <numerusform>Kontext %1 sollte funktionieren; %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context %1: every check passed.</source>
        <translation>Kontext %1: alle Prüfungen bestanden.</translation>
    </message>
</context>
<context>
    <name>DoctorRunner</name>
    <message>
        <location filename="../app/DoctorRunner.cpp" line="+104"/>
        <source>a check is already running</source>
        <translation>eine Prüfung läuft bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no current context is set in %1: pass --context NAME (kubetailor contexts lists them)</source>
        <translation>in %1 ist kein aktueller Kontext gesetzt: geben Sie --context NAME an (kubetailor contexts listet sie auf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no context named &apos;%1&apos; in %2: kubetailor contexts lists them</source>
        <translation>kein Kontext namens &apos;%1&apos; in %2: kubetailor contexts listet sie auf</translation>
    </message>
    <message>
        <location line="+108"/>
        <location line="+29"/>
        <source>exec credential</source>
        <translation>Exec-Anmeldedaten</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>skipped: no exec plugin</source>
        <translation>übersprungen: kein Exec-Plugin</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>skipped: pass --run-plugin to run the plugin and check that it prints a token</source>
        <translation>übersprungen: geben Sie --run-plugin an, um das Plugin auszuführen und zu prüfen, ob es ein Token ausgibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: the plugin was not run</source>
        <translation>übersprungen: das Plugin wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press Run the plugin to run it and check that it prints a token</source>
        <translation>klicken Sie auf „Plugin ausführen“, um es auszuführen und zu prüfen, ob es ein Token ausgibt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skipped: the plugin was not found</source>
        <translation>übersprungen: das Plugin wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ExecCredentialRunner</name>
    <message>
        <location filename="../kubeconfig/doctor/ExecCredentialRunner.cpp" line="+22"/>
        <source>exec credential</source>
        <translation>Exec-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>skipped: the plugin asks for a terminal (interactiveMode: Always); run kubectl from a terminal to check it</source>
        <translation>übersprungen: das Plugin verlangt ein Terminal (interactiveMode: Always); führen Sie kubectl in einem Terminal aus, um es zu prüfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that %1 is an executable program</source>
        <translation>prüfen Sie, ob %1 ein ausführbares Programm ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin may be waiting for a login in a browser or on a terminal: run kubectl once from a terminal, or log in with the cloud&apos;s CLI</source>
        <translation>das Plugin wartet womöglich auf eine Anmeldung im Browser oder im Terminal: führen Sie kubectl einmal in einem Terminal aus oder melden Sie sich mit dem CLI der Cloud an</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>log in with the cloud&apos;s CLI (gcloud auth login, aws sso login, az login) and run it again</source>
        <translation>melden Sie sich mit dem CLI der Cloud an (gcloud auth login, aws sso login, az login) und führen Sie es erneut aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed (exit code %2)%3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 printed no ExecCredential (kubectl would fail with &apos;decoding stdout&apos;)%2</source>
        <translation>%1 hat kein ExecCredential ausgegeben (kubectl würde mit &apos;decoding stdout&apos; scheitern)%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the plugin&apos;s args in the kubeconfig; fetch the kubeconfig again with the cloud&apos;s CLI</source>
        <translation>prüfen Sie die args des Plugins in der kubeconfig; holen Sie die kubeconfig erneut mit dem CLI der Cloud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered with apiVersion %2, but the kubeconfig asks for %3: kubectl refuses that</source>
        <translation>%1 hat mit apiVersion %2 geantwortet, die kubeconfig verlangt aber %3: kubectl lehnt das ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the exec apiVersion to %1, or update the plugin</source>
        <translation>setzen Sie die apiVersion von exec auf %1 oder aktualisieren Sie das Plugin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expires: %1</source>
        <translation>läuft ab: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 printed an ExecCredential with a token that expired at %2</source>
        <translation>%1 hat ein ExecCredential mit einem Token ausgegeben, das um %2 abgelaufen ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 printed an ExecCredential with a token (not shown)</source>
        <translation>%1 hat ein ExecCredential mit einem Token ausgegeben (nicht angezeigt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 printed a client certificate, no token: noauth cannot carry client certificates</source>
        <translation>%1 hat ein Client-Zertifikat ausgegeben, kein Token: noauth kann keine Client-Zertifikate weitergeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the operator&apos;s auth mode, or the local forwarder&apos;s passthrough</source>
        <translation>verwenden Sie den auth-Modus des Operators oder den Passthrough des lokalen Forwarders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 printed an ExecCredential without a token</source>
        <translation>%1 hat ein ExecCredential ohne Token ausgegeben</translation>
    </message>
</context>
<context>
    <name>ExecPluginLocator</name>
    <message>
        <location filename="../kubeconfig/doctor/ExecPluginLocator.cpp" line="+144"/>
        <source>no login shell is set (SHELL is empty)</source>
        <translation>keine Login-Shell gesetzt (SHELL ist leer)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the login shell %1 could not be started: %2</source>
        <translation>die Login-Shell %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the login shell %1 did not answer within %2 ms</source>
        <translation>die Login-Shell %1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login shell %1 printed no PATH</source>
        <translation>die Login-Shell %1 hat keinen PATH ausgegeben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 found at %2</source>
        <translation>%1 gefunden in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 found at %2 (PATH)</source>
        <translation>%1 gefunden in %2 (PATH)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 found at %2, which is not on PATH: kubectl started from this environment will not find it; add %3 to PATH</source>
        <translation>%1 gefunden in %2, das nicht im PATH liegt: ein aus dieser Umgebung gestartetes kubectl findet es nicht; fügen Sie %3 zu PATH hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 found at %2 (on the login shell&apos;s PATH, not on this program&apos;s PATH)</source>
        <translation>%1 gefunden in %2 (im PATH der Login-Shell, nicht im PATH dieses Programms)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exec plugin has no command</source>
        <translation>das Exec-Plugin hat keinen Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not found; looked in: %2</source>
        <translation>%1 nicht gefunden; gesucht in: %2</translation>
    </message>
</context>
<context>
    <name>ForwarderController</name>
    <message>
        <location filename="../app/ForwarderController.cpp" line="+34"/>
        <source>the local proxy for &apos;%1&apos; is still starting; wait until it runs</source>
        <translation>der lokale Proxy für „%1“ startet noch; warten Sie, bis er läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local proxy is still stopping; wait until it stopped</source>
        <translation>der lokale Proxy wird noch gestoppt; warten Sie, bis er gestoppt ist</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no context &apos;%1&apos; in %2; reload (F5) and choose another</source>
        <translation>in %2 gibt es keinen Kontext &apos;%1&apos;; neu laden (F5) und einen anderen wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>context &apos;%1&apos; cannot be used: %2</source>
        <translation>Kontext &apos;%1&apos; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>there is no context &apos;%1&apos; in %2 any more; reload (F5) and choose another</source>
        <translation>in %2 gibt es keinen Kontext „%1“ mehr; neu laden (F5) und einen anderen wählen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>adding the local context for &apos;%1&apos;</source>
        <translation>Hinzufügen des lokalen Kontexts für „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the forwarder was stopped: cannot add the local context for &apos;%1&apos;: %2</source>
        <translation>der Forwarder wurde gestoppt: der lokale Kontext für &apos;%1&apos; kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>removing the context &apos;%1&apos;</source>
        <translation>Entfernen des Kontexts „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot remove the context &apos;%1&apos;: %2; delete it with `kubetailor delete %1`</source>
        <translation>der Kontext &apos;%1&apos; kann nicht entfernt werden: %2; löschen Sie ihn mit `kubetailor delete %1`</translation>
    </message>
</context>
<context>
    <name>ForwarderPanel</name>
    <message>
        <location filename="../app/gui/ForwarderPanel.cpp" line="+35"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loopback port the forwarder listens on</source>
        <translation>Der Loopback-Port, auf dem der Forwarder lauscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwarder mode</source>
        <translation>Forwarder-Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP: forward and log each request</source>
        <translation>HTTP: jede Anfrage weiterleiten und protokollieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP passthrough: end-to-end TLS (client certificates work)</source>
        <translation>TCP-Passthrough: TLS Ende zu Ende (Client-Zertifikate funktionieren)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kubectl command for the local proxy</source>
        <translation>kubectl-Befehl für den lokalen Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the proxy to get the kubectl command</source>
        <translation>Starten Sie den Proxy, um den kubectl-Befehl zu erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the kubectl command</source>
        <translation>Den kubectl-Befehl kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Clear lo&amp;g</source>
        <translation>Log &amp;leeren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Keep the -local context after Stop</source>
        <translation>&amp;Den Kontext -local nach „Stoppen“ behalten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Without it, &lt;context&gt;-local is removed from the kubeconfig when the proxy stops or kubetailor quits</source>
        <translation>Ohne diese Option wird &lt;context&gt;-local aus der kubeconfig entfernt, wenn der Proxy stoppt oder kubetailor beendet wird</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;quests:</source>
        <translation>An&amp;fragen:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Select the context to forward in the table first.</source>
        <translation>Wählen Sie zuerst in der Tabelle den Kontext, der weitergeleitet werden soll.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local proxy did not start: %1</source>
        <translation>Der lokale Proxy ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local proxy for %1 listens on %2; context %3 added</source>
        <translation>Lokaler Proxy für %1 lauscht auf %2; Kontext %3 hinzugefügt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Local proxy for %1 stopped, but: %2</source>
        <translation>Lokaler Proxy für %1 gestoppt, aber: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local proxy for %1 stopped</source>
        <translation>Lokaler Proxy für %1 gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local proxy for %1 stopped; context %2 removed</source>
        <translation>Lokaler Proxy für %1 gestoppt; Kontext %2 entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping…</source>
        <translation>Stoppt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the kubeconfig is written</source>
        <translation>Warten Sie, bis die kubeconfig geschrieben ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the local proxy for %1: reading the kubeconfig and adding %1-local…</source>
        <translation>Der lokale Proxy für %1 startet: die kubeconfig wird gelesen und %1-local hinzugefügt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping: removing %1 from the kubeconfig…</source>
        <translation>Stoppt: %1 wird aus der kubeconfig entfernt …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the local proxy</source>
        <translation>Den lokalen Proxy stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the local proxy</source>
        <translation>Den lokalen Proxy starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forwarding context &lt;b&gt;%1&lt;/b&gt; to %2</source>
        <translation>Kontext &lt;b&gt;%1&lt;/b&gt; wird an %2 weitergeleitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running on %1</source>
        <translation>Läuft auf %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a context in the table above to run a local proxy for it.</source>
        <translation>Wählen Sie oben in der Tabelle einen Kontext, um dafür einen lokalen Proxy zu starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context &lt;b&gt;%1&lt;/b&gt;: the proxy listens on 127.0.0.1 and forwards to its server, adding no credentials; kubectl uses the context &lt;b&gt;%1-local&lt;/b&gt;.</source>
        <translation>Kontext &lt;b&gt;%1&lt;/b&gt;: der Proxy lauscht auf 127.0.0.1 und leitet an dessen Server weiter, ohne Anmeldedaten hinzuzufügen; kubectl verwendet den Kontext &lt;b&gt;%1-local&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;It signs in with a client certificate, which HTTP mode cannot carry&lt;/b&gt; (TLS ends at the proxy, so the API server would see no credentials): choose TCP passthrough.</source>
        <translation>&lt;b&gt;Er meldet sich mit einem Client-Zertifikat an, das der HTTP-Modus nicht weitergeben kann&lt;/b&gt; (TLS endet am Proxy, der API-Server sähe keine Anmeldedaten): wählen Sie TCP-Passthrough.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It signs in with a client certificate, so TCP passthrough is chosen: TLS runs from kubectl to the API server.</source>
        <translation>Er meldet sich mit einem Client-Zertifikat an, daher ist TCP-Passthrough gewählt: TLS läuft von kubectl bis zum API-Server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— context %1 is kept but its proxy is not running: kubectl --context %1 will fail until you Start it</source>
        <translation>– Kontext %1 bleibt erhalten, aber sein Proxy läuft nicht: kubectl --context %1 schlägt fehl, bis Sie ihn starten</translation>
    </message>
</context>
<context>
    <name>ForwarderServer</name>
    <message>
        <location filename="../proxycore/ForwarderServer.cpp" line="+94"/>
        <source>the local forwarder has all its %1 connections busy (watches, logs -f, exec, requests in flight); try again when one ends, or start it with a higher --max-connections</source>
        <translation>alle %1 Verbindungen des lokalen Forwarders sind belegt (watches, logs -f, exec, laufende Anfragen); versuchen Sie es erneut, wenn eine endet, oder starten Sie ihn mit einem höheren --max-connections</translation>
    </message>
</context>
<context>
    <name>ForwarderService</name>
    <message>
        <location filename="../proxycore/ForwarderService.cpp" line="+45"/>
        <source>the upstream must be an https:// URL with a host, e.g. https://tailscale-operator.tail1234.ts.net:443 (got &apos;%1&apos;)</source>
        <translation>das Upstream muss eine https://-URL mit Host sein, z. B. https://tailscale-operator.tail1234.ts.net:443 (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a loopback address; the forwarder forwards credentials, so it listens on loopback unless remote access is allowed explicitly</source>
        <translation>%1 ist keine Loopback-Adresse; der Forwarder leitet Anmeldedaten weiter, daher lauscht er nur auf Loopback, sofern Fernzugriff nicht ausdrücklich erlaubt ist</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the open-file limit is %1: serving at most %2 connections, not %3; raise it (ulimit -n) to serve more</source>
        <translation>das Limit für offene Dateien ist %1: es werden höchstens %2 Verbindungen bedient, nicht %3; erhöhen Sie es (ulimit -n), um mehr zu bedienen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot listen on %1:%2: %3; choose another port with --listen</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3; wählen Sie mit --listen einen anderen Port</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>WARNING: the forwarder listens on %1:%2, reachable from other machines. Anyone who reaches it uses the upstream with the credentials they send; the forwarder&apos;s Host check is off.</source>
        <translation>WARNUNG: der Forwarder lauscht auf %1:%2 und ist von anderen Rechnern erreichbar. Wer ihn erreicht, nutzt das Upstream mit den Anmeldedaten, die er sendet; die Host-Prüfung des Forwarders ist aus.</translation>
    </message>
</context>
<context>
    <name>ForwarderSession</name>
    <message>
        <location filename="../proxycore/ForwarderSession.cpp" line="+53"/>
        <source>the request head did not arrive within %1 s</source>
        <translation>der Anfragekopf ist nicht innerhalb von %1 s angekommen</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 is not supported by the local forwarder</source>
        <translation>%1 wird vom lokalen Forwarder nicht unterstützt</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+317"/>
        <source>the forwarder is stopping</source>
        <translation>der Forwarder wird beendet</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>upstream %1 sent a malformed response: %2</source>
        <translation>Upstream %1 hat eine fehlerhafte Antwort gesendet: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>upstream %1 switched protocols without being asked</source>
        <translation>Upstream %1 hat ungefragt das Protokoll gewechselt</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>upstream %1 closed the connection before the response was complete</source>
        <translation>Upstream %1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>the client closed the connection</source>
        <translation>der Client hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>FqdnValidator</name>
    <message>
        <location filename="../kubeconfig/tailnet/FqdnValidator.cpp" line="+17"/>
        <source>no host name given; pass the operator&apos;s full MagicDNS name, e.g. tailscale-operator.tail1234.ts.net</source>
        <translation>kein Hostname angegeben; geben Sie den vollen MagicDNS-Namen des Operators an, z. B. tailscale-operator.tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a valid DNS name: longer than 253 characters</source>
        <translation>%1: kein gültiger DNS-Name: länger als 253 Zeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a valid DNS name: &quot;%2&quot; is not a label of 1 to 63 letters, digits and &apos;-&apos; (not at the start or end); use the operator&apos;s MagicDNS name, e.g. tailscale-operator.tail1234.ts.net</source>
        <translation>%1: kein gültiger DNS-Name: „%2“ ist kein Label aus 1 bis 63 Buchstaben, Ziffern und &apos;-&apos; (nicht am Anfang oder Ende); verwenden Sie den MagicDNS-Namen des Operators, z. B. tailscale-operator.tail1234.ts.net</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <location filename="../app/gui/GuiLauncher.cpp" line="+64"/>
        <source>cannot open the X display &apos;%1&apos;</source>
        <translation>die X-Anzeige &apos;%1&apos; kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>keine Anzeige gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt)</translation>
    </message>
</context>
<context>
    <name>GuiModule</name>
    <message>
        <location filename="../app/GuiModule.cpp" line="+53"/>
        <source>kubetailor: cannot load the desktop app&apos;s module %1 (%2). Reinstall kubetailor; the command-line tool works without it: kubetailor --help</source>
        <translation>kubetailor: das Modul der Desktop-App %1 kann nicht geladen werden (%2). Installieren Sie kubetailor neu; das Befehlszeilenwerkzeug funktioniert auch ohne es: kubetailor --help</translation>
    </message>
</context>
<context>
    <name>HelmTab</name>
    <message>
        <location filename="../app/gui/operator/HelmTab.cpp" line="+43"/>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sho&amp;w secret</source>
        <translation>Secret an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the OAuth client secret</source>
        <translation>Das OAuth-Client-Secret anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSIX shell (sh, bash, zsh)</source>
        <translation>POSIX-Shell (sh, bash, zsh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helm command</source>
        <translation>Helm-Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Helm command with a placeholder for the secret</source>
        <translation>Den Helm-Befehl mit einem Platzhalter für das Secret kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cop&amp;y with secret</source>
        <translation>Mit Secret k&amp;opieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the Helm command with the secret</source>
        <translation>Den Helm-Befehl mit dem Secret kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve to keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the OAuth client ID and secret to the keychain</source>
        <translation>OAuth-Client-ID und -Secret im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loa&amp;d from keychain</source>
        <translation>Aus dem Schlüsselbund &amp;laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the OAuth client ID and secret from the keychain</source>
        <translation>OAuth-Client-ID und -Secret aus dem Schlüsselbund laden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OAuth client &amp;ID:</source>
        <translation>OAuth-Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth clie&amp;nt secret:</source>
        <translation>OAuth-Client-Sec&amp;ret:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shell synta&amp;x:</source>
        <translation>Shell-Synta&amp;x:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Helm notes</source>
        <translation>Hinweise zu Helm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the Helm command (with a placeholder for the secret)</source>
        <translation>den Helm-Befehl (mit einem Platzhalter für das Secret)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Helm command with the secret</source>
        <translation>den Helm-Befehl mit dem Secret</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing to save: enter the OAuth client ID and secret first.</source>
        <translation>Nichts zu speichern: geben Sie zuerst OAuth-Client-ID und -Secret ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving to the keychain…</source>
        <translation>Speichern im Schlüsselbund …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved in the keychain (service &apos;%1&apos;).</source>
        <translation>Im Schlüsselbund gespeichert (Dienst &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load: %1</source>
        <translation>Laden nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing stored in the keychain yet (service &apos;%1&apos;).</source>
        <translation>Noch nichts im Schlüsselbund gespeichert (Dienst &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded %1 from the keychain.</source>
        <translation>%1 aus dem Schlüsselbund geladen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the OAuth client ID</source>
        <translation>die OAuth-Client-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OAuth client secret</source>
        <translation>das OAuth-Client-Secret</translation>
    </message>
</context>
<context>
    <name>HttpMessageParser</name>
    <message>
        <location filename="../proxycore/HttpMessageParser.cpp" line="+131"/>
        <source>malformed HTTP message: a header field name is not a token</source>
        <translation>fehlerhafte HTTP-Nachricht: ein Header-Feldname ist kein Token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed HTTP message: a header field value holds a control byte</source>
        <translation>fehlerhafte HTTP-Nachricht: ein Header-Feldwert enthält ein Steuerbyte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>malformed HTTP message: a header field is folded over several lines</source>
        <translation>fehlerhafte HTTP-Nachricht: ein Header-Feld ist über mehrere Zeilen umbrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed HTTP message: the request&apos;s Transfer-Encoding is not exactly &quot;chunked&quot;, so its length cannot be known</source>
        <translation>fehlerhafte HTTP-Nachricht: das Transfer-Encoding der Anfrage ist nicht genau „chunked“, daher lässt sich ihre Länge nicht bestimmen</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+17"/>
        <source>the header fields exceed %1 bytes</source>
        <translation>die Header-Felder überschreiten %1 Bytes</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+5"/>
        <source>malformed HTTP message: %1</source>
        <translation>fehlerhafte HTTP-Nachricht: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the connection closed in the middle of a message</source>
        <translation>die Verbindung wurde mitten in einer Nachricht geschlossen</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <location filename="../proxycore/HttpRequestParser.cpp" line="+24"/>
        <source>the local forwarder speaks HTTP/1.1 (and 1.0) only</source>
        <translation>der lokale Forwarder spricht nur HTTP/1.1 (und 1.0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed HTTP message: the Connection field names a framing field (Content-Length, Transfer-Encoding or Host)</source>
        <translation>fehlerhafte HTTP-Nachricht: das Connection-Feld nennt ein Framing-Feld (Content-Length, Transfer-Encoding oder Host)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed HTTP message: an HTTP/1.0 request cannot carry Transfer-Encoding</source>
        <translation>fehlerhafte HTTP-Nachricht: eine HTTP/1.0-Anfrage kann kein Transfer-Encoding enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed HTTP message: more than one Transfer-Encoding field</source>
        <translation>fehlerhafte HTTP-Nachricht: mehr als ein Transfer-Encoding-Feld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the request&apos;s Transfer-Encoding is not supported: the local forwarder takes only &quot;chunked&quot;</source>
        <translation>das Transfer-Encoding der Anfrage wird nicht unterstützt: der lokale Forwarder akzeptiert nur „chunked“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed HTTP message: the request&apos;s Transfer-Encoding is not exactly &quot;chunked&quot;, so its length cannot be known</source>
        <translation>fehlerhafte HTTP-Nachricht: das Transfer-Encoding der Anfrage ist nicht genau „chunked“, daher lässt sich ihre Länge nicht bestimmen</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+22"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge FILE (e.g. what `gcloud container clusters get-credentials` or `aws eks update-kubeconfig` wrote elsewhere) into your kubeconfig. Names that exist already with other content are renamed NAME-2, NAME-3...; identical entries are not duplicated; relative paths become absolute.</source>
        <translation>FILE (z. B. was `gcloud container clusters get-credentials` oder `aws eks update-kubeconfig` anderswo geschrieben hat) in Ihre kubeconfig einfügen. Bereits vorhandene Namen mit anderem Inhalt werden in NAME-2, NAME-3 … umbenannt; identische Einträge werden nicht verdoppelt; relative Pfade werden absolut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import into F (default: the first file of KUBECONFIG, else ~/.kube/config).</source>
        <translation>In F importieren (Standard: die erste Datei von KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing FILE: the kubeconfig to import</source>
        <translation>FILE fehlt: die zu importierende kubeconfig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is one of the kubeconfig files already; nothing to import</source>
        <translation>%1 ist bereits eine der kubeconfig-Dateien; nichts zu importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to import: everything in %1 is in %2 already.</source>
        <translation>Nichts zu importieren: alles aus %1 ist bereits in %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported %1 into %2.</source>
        <translation>%1 in %2 importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &quot;%2&quot; renamed &quot;%3&quot; (the name was taken)</source>
        <translation>%1 „%2“ in „%3“ umbenannt (der Name war vergeben)</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../app/KeychainStore.cpp" line="+64"/>
        <source>reading</source>
        <translation>das Lesen von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storing</source>
        <translation>das Speichern von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleting</source>
        <translation>das Löschen von</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing is stored in the keychain under &apos;%1&apos;</source>
        <translation>im Schlüsselbund ist unter &apos;%1&apos; nichts gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keychain refused %1 &apos;%2&apos; (%3); unlock the keyring and try again</source>
        <translation>der Schlüsselbund hat %1 &apos;%2&apos; verweigert (%3); entsperren Sie den Schlüsselbund und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no Secret Service (gnome-keyring, KWallet) is running, so %1 &apos;%2&apos; in the keychain failed (%3); start one (e.g. gnome-keyring-daemon --start --components=secrets in a D-Bus session) or pass the value on the command line for this run</source>
        <translation>es läuft kein Secret Service (gnome-keyring, KWallet), daher ist %1 &apos;%2&apos; im Schlüsselbund fehlgeschlagen (%3); starten Sie einen (z. B. gnome-keyring-daemon --start --components=secrets in einer D-Bus-Sitzung) oder geben Sie den Wert für diesen Aufruf auf der Befehlszeile an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the keyring is locked, so %1 &apos;%2&apos; failed (%3); unlock it (e.g. log in to the desktop, or seahorse) and try again</source>
        <translation>der Schlüsselbund ist gesperrt, daher ist %1 &apos;%2&apos; fehlgeschlagen (%3); entsperren Sie ihn (z. B. durch Anmelden am Desktop oder mit Seahorse) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &apos;%2&apos; in the keychain failed: %3</source>
        <translation>%1 &apos;%2&apos; im Schlüsselbund ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the keychain module %1 cannot be loaded (%2); reinstall kubetailor</source>
        <translation>das Schlüsselbund-Modul %1 kann nicht geladen werden (%2); installieren Sie kubetailor neu</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the keychain did not answer within %1 s while %2 &apos;%3&apos; (service &apos;%4&apos;); no Secret Service may be running, or it waits for an unlock prompt</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (%2 &apos;%3&apos;, Dienst &apos;%4&apos;); womöglich läuft kein Secret Service, oder er wartet auf eine Entsperrabfrage</translation>
    </message>
</context>
<context>
    <name>KubeconfigDocument</name>
    <message>
        <location filename="../kubeconfig/KubeconfigDocument.cpp" line="+150"/>
        <source>%1: is a folder, not a kubeconfig file</source>
        <translation>%1: ist ein Ordner, keine kubeconfig-Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: is not a regular file (a pipe or a device?); point KUBECONFIG or --kubeconfig at a kubeconfig file</source>
        <translation>%1: ist keine reguläre Datei (eine Pipe oder ein Gerät?); lassen Sie KUBECONFIG oder --kubeconfig auf eine kubeconfig-Datei zeigen</translation>
    </message>
</context>
<context>
    <name>KubeconfigOptions</name>
    <message>
        <location filename="../app/cli/KubeconfigOptions.cpp" line="+11"/>
        <source>Read only FILE, instead of the KUBECONFIG list or ~/.kube/config.</source>
        <translation>Nur FILE lesen statt der KUBECONFIG-Liste oder ~/.kube/config.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 does not exist yet: get one from your cloud&apos;s CLI (%2) or merge a file with `kubetailor import FILE`</source>
        <translation>%1 existiert noch nicht: holen Sie eine mit dem CLI Ihrer Cloud (%2) oder fügen Sie mit `kubetailor import FILE` eine Datei ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of %1 exists yet: get one from your cloud&apos;s CLI (%2) or merge a file with `kubetailor import FILE`</source>
        <translation>noch keine der Dateien %1 existiert: holen Sie eine mit dem CLI Ihrer Cloud (%2) oder fügen Sie mit `kubetailor import FILE` eine Datei ein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the file is %2 MB; kubetailor reads kubeconfigs of up to %3 MB (2,000 clusters take about 5 MB): check it is the file you meant</source>
        <translation>%1: die Datei ist %2 MB groß; kubetailor liest kubeconfigs bis %3 MB (2.000 Cluster brauchen etwa 5 MB): prüfen Sie, ob es die gemeinte Datei ist</translation>
    </message>
</context>
<context>
    <name>KubeconfigSchema</name>
    <message>
        <location filename="../kubeconfig/KubeconfigSchema.cpp" line="+215"/>
        <source>%1: expected a kubeconfig (a mapping with clusters, contexts and users), found %2</source>
        <translation>%1: kubeconfig erwartet (eine Zuordnung mit clusters, contexts und users), gefunden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: current-context must be a context name, found %2</source>
        <translation>%1: current-context muss ein Kontextname sein, gefunden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: apiVersion &quot;%2&quot; is not a kubeconfig version; kubectl reads only apiVersion: v1 and refuses such a file</source>
        <translation>%1: apiVersion &quot;%2&quot; ist keine kubeconfig-Version; kubectl liest nur apiVersion: v1 und lehnt eine solche Datei ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: kind &quot;%2&quot; is not a kubeconfig; kubectl reads only kind: Config and refuses such a file</source>
        <translation>%1: kind &quot;%2&quot; ist keine kubeconfig; kubectl liest nur kind: Config und lehnt eine solche Datei ab</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: expected a list of %2, found %3</source>
        <translation>%1: Liste von %2 erwartet, gefunden: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a %2 entry (a mapping with name and %2), found %3</source>
        <translation>%1: %2-Eintrag erwartet (eine Zuordnung mit name und %2), gefunden: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the name of a %2 must be a string, found %3; kubectl refuses such a file: quote the name</source>
        <translation>%1: Der Name eines Eintrags (%2) muss eine Zeichenkette sein, gefunden: %3; kubectl lehnt eine solche Datei ab: setzen Sie den Namen in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+69"/>
        <location line="+11"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>%1: extension &quot;%2&quot; is listed twice in these extensions (first at line %3); kubectl refuses such a file: remove or rename one of them</source>
        <translation>%1: Die Erweiterung &quot;%2&quot; steht zweimal in diesen Erweiterungen (zuerst in Zeile %3); kubectl lehnt eine solche Datei ab: entfernen oder benennen Sie eine davon um</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 &quot;%3&quot; is defined twice in this file (first at line %4); kubectl refuses such a file: remove or rename one of them</source>
        <translation>%1: %2 „%3“ ist in dieser Datei zweimal definiert (zuerst in Zeile %4); kubectl lehnt eine solche Datei ab: entfernen oder benennen Sie einen davon um</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 must be true or false, found %3; kubectl refuses such a file</source>
        <translation>%1: %2 muss true oder false sein, gefunden: %3; kubectl lehnt eine solche Datei ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>a list of name/value pairs</source>
        <translation>eine Liste von Name/Wert-Paaren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 must be a single value, found %3</source>
        <translation>%1: %2 muss ein einzelner Wert sein, gefunden: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 must be a string, found %3; kubectl refuses such a file: quote the value (&quot;%4&quot;)</source>
        <translation>%1: %2 muss eine Zeichenkette sein, gefunden: %3; kubectl lehnt eine solche Datei ab: setzen Sie den Wert in Anführungszeichen (&quot;%4&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>base64 text</source>
        <translation>Base64-Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not valid base64; kubectl refuses such a file: copy the value again from where it came, or remove the field</source>
        <translation>%1: %2 ist kein gültiges Base64; kubectl lehnt eine solche Datei ab: kopieren Sie den Wert erneut von seiner Quelle oder entfernen Sie das Feld</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>a list of extensions</source>
        <translation>eine Liste von Erweiterungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 must be %3, found %4</source>
        <translation>%1: %2 muss %3 sein, gefunden: %4</translation>
    </message>
</context>
<context>
    <name>KubeconfigService</name>
    <message>
        <location filename="../app/KubeconfigService.cpp" line="+453"/>
        <source>%1 did not run</source>
        <translation>%1 wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>nothing to undo: %1 no longer has kubetailor&apos;s last change (another program wrote those entries as they were before)</source>
        <translation>nichts rückgängig zu machen: %1 enthält die letzte Änderung von kubetailor nicht mehr (ein anderes Programm hat diese Einträge so geschrieben, wie sie vorher waren)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing to undo: no backup of %1 was found in %2</source>
        <translation>nichts rückgängig zu machen: keine Sicherung von %1 in %2 gefunden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was changed</source>
        <translation>%1 wurde geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was added</source>
        <translation>%1 wurde hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>current context is now %1</source>
        <translation>aktueller Kontext ist jetzt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was changed by another program (no context changed)</source>
        <translation>%1 wurde von einem anderen Programm geändert (kein Kontext geändert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program: %2</source>
        <translation>%1 wurde von einem anderen Programm geändert: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 goes direct again: its cluster entry was changed by another program</source>
        <translation>%1 geht wieder direkt: sein Cluster-Eintrag wurde von einem anderen Programm geändert</translation>
    </message>
</context>
<context>
    <name>KubeconfigSet</name>
    <message>
        <location filename="../kubeconfig/KubeconfigSet.cpp" line="+199"/>
        <source>context &quot;%1&quot; has no context: section</source>
        <translation>Kontext „%1“ hat keinen Abschnitt context:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>context &quot;%1&quot; names no cluster</source>
        <translation>Kontext „%1“ nennt keinen Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context &quot;%1&quot; refers to cluster &quot;%2&quot;, which no kubeconfig file defines</source>
        <translation>Kontext „%1“ verweist auf Cluster „%2“, den keine kubeconfig-Datei definiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster &quot;%1&quot; has no cluster: section</source>
        <translation>Cluster „%1“ hat keinen Abschnitt cluster:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>context &quot;%1&quot; refers to user &quot;%2&quot;, which no kubeconfig file defines</source>
        <translation>Kontext „%1“ verweist auf Benutzer „%2“, den keine kubeconfig-Datei definiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>KubeconfigSplicer</name>
    <message>
        <location filename="../kubeconfig/KubeconfigSplicer.cpp" line="+142"/>
        <source>written whole: %1</source>
        <translation>vollständig geschrieben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whole file written in kubectl&apos;s layout: an edit could not be made in place</source>
        <translation>die ganze Datei im Layout von kubectl geschrieben: eine Änderung ließ sich nicht an Ort und Stelle vornehmen</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <location filename="../app/autostart/LaunchAgentAutostart.cpp" line="+65"/>
        <source>cannot write the login item %1: %2</source>
        <translation>das Anmeldeobjekt %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove the login item %1: %2</source>
        <translation>das Anmeldeobjekt %1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>LoopbackCertificate</name>
    <message>
        <location filename="../proxycore/LoopbackCertificate.cpp" line="+102"/>
        <source>cannot create the folder %1 for the forwarder&apos;s certificate</source>
        <translation>der Ordner %1 für das Zertifikat des Forwarders kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the forwarder&apos;s certificate in %1 cannot be loaded</source>
        <translation>das Zertifikat des Forwarders in %1 kann nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+54"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubetailor</source>
        <translation>kubetailor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Route through tailnet</source>
        <translation>Über Tailnet &amp;leiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Local proxy</source>
        <translation>&amp;Lokaler Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point the selected contexts at the Tailscale operator&apos;s noauth API server proxy</source>
        <translation>Die gewählten Kontexte auf den noauth-API-Server-Proxy des Tailscale-Operators richten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator set&amp;up</source>
        <translation>Operator-Ein&amp;richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a forwarder on 127.0.0.1 for the selected context</source>
        <translation>Einen Forwarder auf 127.0.0.1 für den gewählten Kontext ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the Tailscale Kubernetes Operator with the API server proxy in noauth mode</source>
        <translation>Den Tailscale Kubernetes Operator mit dem API-Server-Proxy im noauth-Modus installieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+15"/>
        <source>Could not read the kubeconfig: %1 — fix the file, then reload (F5)</source>
        <translation>Die kubeconfig konnte nicht gelesen werden: %1 – korrigieren Sie die Datei und laden Sie dann neu (F5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open kubeconfig...</source>
        <translation>kubeconfig ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the contexts of other kubeconfig files alongside</source>
        <translation>Die Kontexte weiterer kubeconfig-Dateien daneben anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import kubeconfig...</source>
        <translation>kubeconfig &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a cloud-generated kubeconfig into %1</source>
        <translation>Eine von der Cloud erzeugte kubeconfig in %1 einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filter contexts</source>
        <translation>Kontexte &amp;filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check connection...</source>
        <translation>Verbindung &amp;prüfen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check DNS, TCP, TLS, the API server and the exec plugin for the selected context</source>
        <translation>DNS, TCP, TLS, den API-Server und das Exec-Plugin des gewählten Kontexts prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Operator setup</source>
        <translation>&amp;Operator-Einrichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the Tailscale operator with the noauth API server proxy</source>
        <translation>Den Tailscale-Operator mit dem noauth-API-Server-Proxy installieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;minimized in the tray</source>
        <translation>&amp;Minimiert im Tray starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at &amp;login</source>
        <translation>Bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change the start at login: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubetailor starts in the tray at login (%1)</source>
        <translation>kubetailor startet bei der Anmeldung im Tray (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kubetailor no longer starts at login</source>
        <translation>kubetailor startet nicht mehr bei der Anmeldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About kubetailor</source>
        <translation>&amp;Über kubetailor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About kubetailor</source>
        <translation>Über kubetailor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kubetailor %1

Routes kubectl through the Tailscale Kubernetes Operator&apos;s API server proxy in noauth mode: the kubeconfig&apos;s server becomes the proxy&apos;s MagicDNS name, the old CA goes, and the cloud&apos;s exec plugin keeps authenticating.</source>
        <translation>kubetailor %1

Leitet kubectl über den API-Server-Proxy des Tailscale Kubernetes Operators im noauth-Modus: Der Server der kubeconfig wird zum MagicDNS-Namen des Proxys, die alte CA entfällt, und das Exec-Plugin der Cloud authentifiziert weiterhin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When a cloud CLI &amp;reverts a route</source>
        <translation>Wenn ein Cloud-CLI einen Weg &amp;zurücksetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply it again</source>
        <translation>&amp;Erneut anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As&amp;k first</source>
        <translation>&amp;Zuerst fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do nothing</source>
        <translation>&amp;Nichts tun</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No system tray was found: closing this window quits kubetailor (and stops a running local proxy).</source>
        <translation>Kein System-Tray gefunden: Das Schließen dieses Fensters beendet kubetailor (und stoppt einen laufenden lokalen Proxy).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open kubeconfig files</source>
        <translation>kubeconfig-Dateien öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Kubeconfig files (*.yaml *.yml *.json config*);;All files (*)</source>
        <translation>kubeconfig-Dateien (*.yaml *.yml *.json config*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Showing %1 alongside; rewrites change each context in its own file</source>
        <translation>%1 wird daneben angezeigt; Änderungen schreiben jeden Kontext in seine eigene Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a kubeconfig</source>
        <translation>Eine kubeconfig importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the contexts of %1 into %2?

Yes: merge (a name that already exists gets a -2 suffix; a backup of %2 is saved first).
No: keep it separate and only show it alongside.</source>
        <translation>Die Kontexte von %1 in %2 einfügen?

Ja: einfügen (ein bereits vorhandener Name erhält die Endung -2; zuvor wird eine Sicherung von %2 angelegt).
Nein: getrennt lassen und nur daneben anzeigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing %1 alongside %2</source>
        <translation>%1 wird neben %2 angezeigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 into %2 — backup saved</source>
        <translation>%1 in %2 importiert – Sicherung gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 into %2 with renames: %3 — backup saved</source>
        <translation>%1 in %2 mit Umbenennungen importiert: %3 – Sicherung gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 context from %2</source>
        <translation>%1 Kontext aus %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contexts from %2</source>
        <translation>%1 Kontexte aus %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h3&gt;No contexts yet&lt;/h3&gt;&lt;p&gt;%1 has no contexts. Add a cluster with your cloud&apos;s CLI:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Kontexte&lt;/h3&gt;&lt;p&gt;%1 hat keine Kontexte. Fügen Sie mit dem CLI Ihrer Cloud einen Cluster hinzu:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;No kubeconfig yet&lt;/h3&gt;&lt;p&gt;%1 does not exist yet, so kubectl has no cluster to reach. Get one from your cloud&apos;s CLI:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine kubeconfig&lt;/h3&gt;&lt;p&gt;%1 existiert noch nicht, daher hat kubectl keinen Cluster, den es erreichen kann. Holen Sie eine mit dem CLI Ihrer Cloud:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;or merge a kubeconfig file with &lt;b&gt;File → Import kubeconfig...&lt;/b&gt; (Ctrl+I). The list fills in as soon as the file has contexts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;oder fügen Sie mit &lt;b&gt;Datei → kubeconfig importieren …&lt;/b&gt; (Strg+I) eine kubeconfig-Datei ein. Die Liste füllt sich, sobald die Datei Kontexte hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restored %1 as it was before kubetailor&apos;s last change; what other programs wrote since stays</source>
        <translation>%1 auf den Stand vor der letzten Änderung von kubetailor zurückgesetzt; was andere Programme seitdem geschrieben haben, bleibt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — Undo is off: it would lose the change to %2</source>
        <translation>%1 – Rückgängig ist deaktiviert: es würde die Änderung an %2 verlieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot check a connection: %1</source>
        <translation>Verbindung kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Imported with renames</source>
        <translation>Mit Umbenennungen importiert</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Undo kubetailor&apos;s last change of %1 (what other programs wrote since stays)</source>
        <translation>Die letzte Änderung von kubetailor an %1 rückgängig machen (was andere Programme seitdem geschrieben haben, bleibt)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>These names already existed in %1 with other content, so the imported entries were renamed:

%2</source>
        <translation>Diese Namen gab es in %1 bereits mit anderem Inhalt, daher wurden die importierten Einträge umbenannt:

%2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Reloaded: %1</source>
        <translation>Neu geladen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo failed: %1</source>
        <translation>Rückgängig machen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not switch to %1: %2</source>
        <translation>Wechsel zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current context is now %1</source>
        <translation>Aktueller Kontext ist jetzt %1</translation>
    </message>
</context>
<context>
    <name>ManifestsCommand</name>
    <message>
        <location filename="../app/cli/ManifestsCommand.cpp" line="+40"/>
        <source>The OAuth client ID (default: the one in the keychain, else a placeholder).</source>
        <translation>Die OAuth-Client-ID (Standard: die im Schlüsselbund, sonst ein Platzhalter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OAuth client secret; printed into the command (default: a placeholder).</source>
        <translation>Das OAuth-Client-Secret; wird in den Befehl geschrieben (Standard: ein Platzhalter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the OAuth client secret from the keychain (shown masked unless --show-secret).</source>
        <translation>Das OAuth-Client-Secret aus dem Schlüsselbund nehmen (maskiert angezeigt, außer mit --show-secret).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store --client-id and --client-secret in the keychain for next time.</source>
        <translation>--client-id und --client-secret für das nächste Mal im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the secret from the keychain in clear.</source>
        <translation>Das Secret aus dem Schlüsselbund im Klartext ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHELL</source>
        <translation>SHELL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>static: print only the kubectl set env command.</source>
        <translation>static: nur den Befehl kubectl set env ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyGroup name (default kube-apiserver).</source>
        <translation>Name der ProxyGroup (Standard kube-apiserver).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyGroup replicas (default 2).</source>
        <translation>Replikas der ProxyGroup (Standard 2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy&apos;s tailnet host name (default: the ProxyGroup name).</source>
        <translation>Der Tailnet-Hostname des Proxys (Standard: der Name der ProxyGroup).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may reach the proxy; repeat for several (default autogroup:member).</source>
        <translation>Wer den Proxy erreichen darf; für mehrere wiederholen (Standard autogroup:member).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy&apos;s tag (default tag:k8s-operator).</source>
        <translation>Das Tag des Proxys (Standard tag:k8s-operator).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--%1 does not apply to &apos;manifests %2&apos;</source>
        <translation>--%1 gilt nicht für &apos;manifests %2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the Tailscale Kubernetes Operator&apos;s setup for the API server proxy in noauth mode, filled in:
  helm        the helm upgrade --install command
  static      the APISERVER_PROXY env entry for the operator Deployment
  proxygroup  a ProxyGroup of type kube-apiserver in noauth mode
  acl         a tailnet policy grant to reach the proxy on tcp:443</source>
        <translation>Die Einrichtung des Tailscale Kubernetes Operators für den API-Server-Proxy im noauth-Modus ausgefüllt ausgeben:
  helm        der Befehl helm upgrade --install
  static      der env-Eintrag APISERVER_PROXY für das Deployment des Operators
  proxygroup  eine ProxyGroup vom Typ kube-apiserver im noauth-Modus
  acl         eine Tailnet-Richtlinie (grant), um den Proxy auf tcp:443 zu erreichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>helm, static, proxygroup or acl.</source>
        <translation>helm, static, proxygroup oder acl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say which: helm, static, proxygroup or acl</source>
        <translation>geben Sie an, welches: helm, static, proxygroup oder acl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one kind at a time; unexpected &apos;%1&apos;</source>
        <translation>nur eine Art auf einmal; unerwartet: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unknown kind &apos;%1&apos;; use helm, static, proxygroup or acl</source>
        <translation>unbekannte Art &apos;%1&apos;; verwenden Sie helm, static, proxygroup oder acl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--client-secret and --secret-from-keychain exclude each other</source>
        <translation>--client-secret und --secret-from-keychain schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--store-secret needs --client-secret or --client-id</source>
        <translation>--store-secret braucht --client-secret oder --client-id</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown shell &apos;%1&apos;; use posix or powershell</source>
        <translation>unbekannte Shell &apos;%1&apos;; verwenden Sie posix oder powershell</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1; using the placeholder %2</source>
        <translation>%1; der Platzhalter %2 wird verwendet</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>no OAuth client secret is stored in the keychain; store one with &apos;kubetailor manifests helm --client-secret SECRET --store-secret&apos;</source>
        <translation>im Schlüsselbund ist kein OAuth-Client-Secret gespeichert; speichern Sie eines mit &apos;kubetailor manifests helm --client-secret SECRET --store-secret&apos;</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Quote for this shell: posix or powershell (default: powershell on Windows, else posix).</source>
        <translation>Für diese Shell quotieren: posix oder powershell (Standard: powershell unter Windows, sonst posix).</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Stored in the keychain (service &apos;%1&apos;); next time: kubetailor manifests helm --secret-from-keychain</source>
        <translation>Im Schlüsselbund gespeichert (Dienst &apos;%1&apos;); beim nächsten Mal: kubetailor manifests helm --secret-from-keychain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add --store-secret once to keep the secret in the keychain; then --secret-from-keychain keeps it out of your shell history.</source>
        <translation>Fügen Sie einmal --store-secret hinzu, um das Secret im Schlüsselbund abzulegen; danach hält --secret-from-keychain es aus Ihrer Shell-History heraus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret is masked; add --show-secret to print it.</source>
        <translation>Das Secret ist maskiert; fügen Sie --show-secret hinzu, um es auszugeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Or, on a running operator (or: kubetailor manifests static --kubectl):</source>
        <translation>Oder bei einem laufenden Operator (oder: kubetailor manifests static --kubectl):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--replicas &apos;%1&apos; is not a whole number</source>
        <translation>--replicas &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply with: kubectl apply -f proxygroup.yaml (the operator must be installed first).</source>
        <translation>Anwenden mit: kubectl apply -f proxygroup.yaml (der Operator muss zuerst installiert sein).</translation>
    </message>
</context>
<context>
    <name>ModulePaths</name>
    <message>
        <location filename="../app/ModulePaths.cpp" line="+50"/>
        <source>not found in %1</source>
        <translation>nicht gefunden in %1</translation>
    </message>
</context>
<context>
    <name>OperatorSetupPage</name>
    <message>
        <location filename="../app/gui/OperatorSetupPage.cpp" line="+22"/>
        <source>Operator setup</source>
        <translation>Operator-Einrichtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the Tailscale Kubernetes Operator with the API server proxy in noauth mode. Before: HTTPS enabled for the tailnet, and a policy letting you reach the proxy on tcp:443 (ACL tab).</source>
        <translation>Den Tailscale Kubernetes Operator mit dem API-Server-Proxy im noauth-Modus installieren. Vorher: HTTPS für das Tailnet aktivieren und eine Richtlinie, mit der Sie den Proxy auf tcp:443 erreichen (Reiter ACL).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Installation methods</source>
        <translation>Installationsarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hel&amp;m</source>
        <translation>Hel&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Static manifests</source>
        <translation>&amp;Statische Manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ProxyGroup</source>
        <translation>&amp;ProxyGroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ACL</source>
        <translation>&amp;ACL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>OperatorSnippets</name>
    <message>
        <location filename="../kubeconfig/operator/OperatorSnippets.cpp" line="+72"/>
        <source>the OAuth client ID is empty; give the ID of the OAuth client you created for the operator (admin console, Settings &gt; OAuth clients)</source>
        <translation>die OAuth-Client-ID ist leer; geben Sie die ID des OAuth-Clients an, den Sie für den Operator angelegt haben (Admin-Konsole, Settings &gt; OAuth clients)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth client secret is empty; give the secret shown when the OAuth client was created, or leave it out for a placeholder</source>
        <translation>das OAuth-Client-Secret ist leer; geben Sie das beim Anlegen des OAuth-Clients angezeigte Secret an oder lassen Sie es für einen Platzhalter weg</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Before: add the chart repository once: helm repo add tailscale https://pkgs.tailscale.com/helmcharts &amp;&amp; helm repo update</source>
        <translation>Vorher einmal das Chart-Repository hinzufügen: helm repo add tailscale https://pkgs.tailscale.com/helmcharts &amp;&amp; helm repo update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OAuth client needs the Devices Core, Auth Keys and Services write scopes and the tag tag:k8s-operator (admin console, Settings &gt; OAuth clients).</source>
        <translation>Der OAuth-Client braucht die Schreib-Scopes Devices Core, Auth Keys und Services und das Tag tag:k8s-operator (Admin-Konsole, Settings &gt; OAuth clients).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ProxyGroup name</source>
        <translation>Der Name der ProxyGroup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replicas is %1; a ProxyGroup needs at least 1 replica (2 or more for high availability)</source>
        <translation>replicas ist %1; eine ProxyGroup braucht mindestens 1 Replika (2 oder mehr für Hochverfügbarkeit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy hostname</source>
        <translation>Der Hostname des Proxys</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a tag; tags look like tag:k8s-operator</source>
        <translation>&apos;%1&apos; ist kein Tag; Tags sehen aus wie tag:k8s-operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag &apos;%1&apos;: after &apos;tag:&apos; use letters, digits and &apos;-&apos;, starting with a letter, e.g. tag:k8s-operator</source>
        <translation>Tag &apos;%1&apos;: nach &apos;tag:&apos; Buchstaben, Ziffern und &apos;-&apos; verwenden, beginnend mit einem Buchstaben, z. B. tag:k8s-operator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an empty source; use e.g. autogroup:member, group:sre or alice@example.com</source>
        <translation>eine leere Quelle; verwenden Sie z. B. autogroup:member, group:sre oder alice@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &apos;%1&apos; contains &apos;%2&apos;; give one user, group, tag or address per --src</source>
        <translation>Quelle &apos;%1&apos; enthält &apos;%2&apos;; geben Sie pro --src einen Benutzer, eine Gruppe, ein Tag oder eine Adresse an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source &apos;%1&apos; has no name after &apos;%2&apos;</source>
        <translation>Quelle &apos;%1&apos; hat keinen Namen nach &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no sources; name who may reach the proxy, e.g. autogroup:member</source>
        <translation>keine Quellen; nennen Sie, wer den Proxy erreichen darf, z. B. autogroup:member</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Merge these entries into your tailnet policy file (admin console &gt; Access controls); keep your existing tagOwners, grants and acls.</source>
        <translation>Fügen Sie diese Einträge in Ihre Tailnet-Richtliniendatei ein (Admin-Konsole &gt; Access controls); behalten Sie Ihre vorhandenen tagOwners, grants und acls.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable HTTPS for the tailnet (admin console &gt; DNS &gt; HTTPS Certificates, with MagicDNS on): the proxy serves a MagicDNS certificate for its full name.</source>
        <translation>Aktivieren Sie HTTPS für das Tailnet (Admin-Konsole &gt; DNS &gt; HTTPS Certificates, mit MagicDNS an): der Proxy liefert ein MagicDNS-Zertifikat für seinen vollen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next: route a kubeconfig context through the proxy: kubetailor rewrite --context &lt;context&gt; --fqdn %1.%2</source>
        <translation>Danach: einen kubeconfig-Kontext über den Proxy leiten: kubetailor rewrite --context &lt;context&gt; --fqdn %1.%2</translation>
    </message>
</context>
<context>
    <name>OptionalValueArguments</name>
    <message>
        <location filename="../app/cli/OptionalValueArguments.cpp" line="+43"/>
        <source>&apos;%1&apos; after %2 is not an option of this command; a name that starts with &apos;-&apos; is given as %2=%1</source>
        <translation>&apos;%1&apos; nach %2 ist keine Option dieses Befehls; ein Name, der mit &apos;-&apos; beginnt, wird als %2=%1 angegeben</translation>
    </message>
</context>
<context>
    <name>PassthroughTunnel</name>
    <message>
        <location filename="../proxycore/PassthroughTunnel.cpp" line="+34"/>
        <location line="+12"/>
        <source>the client closed the connection</source>
        <translation>der Client hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the forwarder stopped</source>
        <translation>der Forwarder wurde beendet</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../kubeconfig/Provider.cpp" line="+19"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>ProxyCandidates</name>
    <message>
        <location filename="../kubeconfig/tailnet/ProxyCandidates.cpp" line="+80"/>
        <source>%1 (typed before)</source>
        <translation>%1 (zuvor eingegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProxyCommand</name>
    <message>
        <location filename="../app/cli/ProxyCommand.cpp" line="+54"/>
        <source>Run the local noauth forwarder: kubectl talks TLS to a loopback address, the forwarder sends each request unchanged (its credentials included, nothing added) over verified TLS to the upstream. Stop with Ctrl+C.</source>
        <translation>Den lokalen noauth-Forwarder ausführen: kubectl spricht TLS mit einer Loopback-Adresse, der Forwarder sendet jede Anfrage unverändert (samt ihren Anmeldedaten, ohne etwas hinzuzufügen) über verifiziertes TLS an das Upstream. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward to this context&apos;s server and add a context NAME-local for the forwarder.</source>
        <translation>An den Server dieses Kontexts weiterleiten und einen Kontext NAME-local für den Forwarder hinzufügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward to this https:// URL.</source>
        <translation>An diese https://-URL weiterleiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen here (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>Hier lauschen (Standard 127.0.0.1:8443; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also trust the CA certificates in F for the upstream.</source>
        <translation>Für das Upstream zusätzlich den CA-Zertifikaten in F vertrauen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tunnel TCP instead: TLS runs end to end (client certificates work).</source>
        <translation>Stattdessen TCP tunneln: TLS läuft Ende zu Ende (Client-Zertifikate funktionieren).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow a non-loopback listen address (others could use your credentials&apos; requests).</source>
        <translation>Eine Lauschadresse außerhalb von Loopback erlauben (andere könnten Anfragen mit Ihren Anmeldedaten nutzen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve at most N client connections at once (default 128; each open watch or logs -f holds one).</source>
        <translation>Höchstens N Client-Verbindungen gleichzeitig bedienen (Standard 128; jedes offene watch oder logs -f belegt eine).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the NAME-local context when the proxy exits (by default it is removed: it would point at a closed port).</source>
        <translation>Den Kontext NAME-local behalten, wenn der Proxy endet (standardmäßig wird er entfernt: er würde auf einen geschlossenen Port zeigen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give either --context NAME or --upstream URL</source>
        <translation>geben Sie entweder --context NAME oder --upstream URL an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--keep-context goes with --context</source>
        <translation>--keep-context gehört zu --context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--kubeconfig goes with --context</source>
        <translation>--kubeconfig gehört zu --context</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--listen takes ADDR:PORT, e.g. 127.0.0.1:8443 (got &apos;%1&apos;)</source>
        <translation>--listen erwartet ADDR:PORT, z. B. 127.0.0.1:8443 (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-connections takes a number from 1 to 100000 (got &apos;%1&apos;)</source>
        <translation>--max-connections erwartet eine Zahl von 1 bis 100000 (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no context named &quot;%1&quot; in %2; `kubetailor contexts` lists them</source>
        <translation>kein Kontext namens „%1“ in %2; `kubetailor contexts` listet sie auf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>context &quot;%1&quot; in %2: </source>
        <translation>Kontext „%1“ in %2: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the upstream must be an https:// URL with a host, e.g. https://tailscale-operator.tail1234.ts.net:443 (got &apos;%1&apos;)</source>
        <translation>das Upstream muss eine https://-URL mit Host sein, z. B. https://tailscale-operator.tail1234.ts.net:443 (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>internal error: no application event loop</source>
        <translation>interner Fehler: keine Ereignisschleife der Anwendung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forwarding %1 to %2 (%3).</source>
        <translation>Leite %1 an %2 weiter (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>http mode: TLS on loopback, requests sent unchanged, no credentials added</source>
        <translation>http-Modus: TLS auf Loopback, Anfragen unverändert gesendet, keine Anmeldedaten hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passthrough mode: TLS end to end</source>
        <translation>Passthrough-Modus: TLS Ende zu Ende</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Context &quot;%1&quot; in %2 points at the forwarder (same user entry &quot;%3&quot;).</source>
        <translation>Kontext „%1“ in %2 zeigt auf den Forwarder (derselbe Benutzereintrag „%3“).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each request is logged on stderr. Stop with Ctrl+C.</source>
        <translation>Jede Anfrage wird auf stderr protokolliert. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kubetailor proxy: stopping (%1)</source>
        <translation>kubetailor proxy: wird beendet (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot remove the context &quot;%1&quot;: %2; delete it with `kubetailor delete %1`</source>
        <translation>der Kontext „%1“ kann nicht entfernt werden: %2; löschen Sie ihn mit `kubetailor delete %1`</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kubetailor proxy: context &quot;%1&quot; removed</source>
        <translation>kubetailor proxy: Kontext „%1“ entfernt</translation>
    </message>
</context>
<context>
    <name>ProxyGroupTab</name>
    <message>
        <location filename="../app/gui/operator/ProxyGroupTab.cpp" line="+21"/>
        <source>ProxyGroup name</source>
        <translation>Name der ProxyGroup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy hostname</source>
        <translation>Hostname des Proxys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ProxyGroup name</source>
        <translation>der Name der ProxyGroup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyGroup manifest</source>
        <translation>ProxyGroup-Manifest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ProxyGroup error</source>
        <translation>ProxyGroup-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y manifest</source>
        <translation>Manifest &amp;kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the ProxyGroup manifest</source>
        <translation>Das ProxyGroup-Manifest kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repl&amp;icas:</source>
        <translation>Repl&amp;ikas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;ostname:</source>
        <translation>H&amp;ostname:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the ProxyGroup manifest</source>
        <translation>das ProxyGroup-Manifest</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="-31"/>
        <location line="+3"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>RegistryAutostart</name>
    <message>
        <location filename="../app/autostart/RegistryAutostart.cpp" line="+47"/>
        <source>cannot write the registry value %1; check the permissions of that key</source>
        <translation>der Registrierungswert %1 kann nicht geschrieben werden; prüfen Sie die Zugriffsrechte dieses Schlüssels</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot remove the registry value %1; check the permissions of that key</source>
        <translation>der Registrierungswert %1 kann nicht entfernt werden; prüfen Sie die Zugriffsrechte dieses Schlüssels</translation>
    </message>
</context>
<context>
    <name>RenameCommand</name>
    <message>
        <location filename="../app/cli/RenameCommand.cpp" line="+17"/>
        <source>Rename context OLD to NEW (current-context follows).</source>
        <translation>Kontext OLD in NEW umbenennen (current-context zieht mit).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renamed context &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Kontext „%1“ in „%2“ umbenannt.</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <location filename="../proxycore/RequestGuard.cpp" line="+72"/>
        <source>(not shown)</source>
        <translation>(nicht angezeigt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>requests from a web page (Origin: %1) are refused by the local forwarder; use kubectl</source>
        <translation>Anfragen von einer Webseite (Origin: %1) lehnt der lokale Forwarder ab; verwenden Sie kubectl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the request must carry exactly one Host field</source>
        <translation>die Anfrage muss genau ein Host-Feld enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host &apos;%1&apos; is not this loopback forwarder (127.0.0.1:%2); the request is refused to protect against DNS rebinding</source>
        <translation>Host &apos;%1&apos; ist nicht dieser Loopback-Forwarder (127.0.0.1:%2); die Anfrage wird zum Schutz vor DNS-Rebinding abgelehnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the local forwarder takes origin-form request targets (&quot;/api/...&quot;), not proxy requests</source>
        <translation>der lokale Forwarder nimmt Anfrageziele in origin-form („/api/...“) an, keine Proxy-Anfragen</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <location filename="../app/RequestLogModel.cpp" line="+37"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>RewriteCommand</name>
    <message>
        <location filename="../app/cli/RewriteCommand.cpp" line="+44"/>
        <source>The proxy&apos;s full MagicDNS name, e.g. tailscale-operator.tail1234.ts.net.</source>
        <translation>Der volle MagicDNS-Name des Proxys, z. B. tailscale-operator.tail1234.ts.net.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy&apos;s machine name, e.g. tailscale-operator; the tailnet&apos;s suffix comes from --tailnet or from `tailscale status`.</source>
        <translation>Der Gerätename des Proxys, z. B. tailscale-operator; die Endung des Tailnets kommt aus --tailnet oder aus `tailscale status`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tailnet&apos;s MagicDNS suffix, e.g. tail1234.ts.net (with --hostname).</source>
        <translation>Die MagicDNS-Endung des Tailnets, z. B. tail1234.ts.net (mit --hostname).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the contexts&apos; clusters themselves (the default).</source>
        <translation>Die Cluster der Kontexte selbst ändern (Standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the contexts alone and add &lt;context&gt;-tailnet beside each (--new-context NAME or --new-context=NAME names it, for one context).</source>
        <translation>Die Kontexte unverändert lassen und neben jedem &lt;context&gt;-tailnet hinzufügen (--new-context NAME oder --new-context=NAME benennt ihn, bei einem Kontext).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep certificate-authority(-data), e.g. for a proxy with a private CA.</source>
        <translation>certificate-authority(-data) behalten, z. B. für einen Proxy mit privater CA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the rewritten (or new) context the current one.</source>
        <translation>Den umgeschriebenen (oder neuen) Kontext zum aktuellen machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the whole merged result to FILE instead of the kubeconfig files; &apos;-&apos; prints it and touches no file.</source>
        <translation>Das gesamte zusammengeführte Ergebnis nach FILE statt in die kubeconfig-Dateien schreiben; &apos;-&apos; gibt es aus und verändert keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the diff and write nothing.</source>
        <translation>Den Diff ausgeben und nichts schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON document describing the result.</source>
        <translation>Ein JSON-Dokument ausgeben, das das Ergebnis beschreibt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unexpected argument &apos;%1&apos; (give each context with its own --context)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (geben Sie jeden Kontext mit einem eigenen --context an)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose the contexts to rewrite: --context NAME (repeatable) or --all</source>
        <translation>wählen Sie die umzuschreibenden Kontexte: --context NAME (wiederholbar) oder --all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--context and --all exclude each other</source>
        <translation>--context und --all schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Rewrite context NAME (repeat for several); NAME=FQDN gives that context its own proxy (then --fqdn is the proxy of the others, if any).</source>
        <translation>Kontext NAME umschreiben (für mehrere wiederholen); NAME=FQDN gibt diesem Kontext einen eigenen Proxy (--fqdn ist dann der Proxy der übrigen, falls vorhanden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rewrite every context that can go through a noauth proxy (those already pointing at it are left alone; local clusters and client-certificate-only users are skipped and listed).</source>
        <translation>Jeden Kontext umschreiben, der über einen noauth-Proxy gehen kann (bereits darauf zeigende bleiben unverändert; lokale Cluster und Benutzer nur mit Client-Zertifikat werden übersprungen und aufgelistet).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rewrite even a context that cannot work through a noauth proxy (client-certificate-only users, local clusters), and accept a short --fqdn.</source>
        <translation>Auch einen Kontext umschreiben, der über einen noauth-Proxy nicht funktionieren kann (Benutzer nur mit Client-Zertifikat, lokale Cluster), und ein kurzes --fqdn akzeptieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Do not remember the route: the running app and &apos;kubetailor routes apply&apos; then leave these contexts alone when a cloud CLI writes them again.</source>
        <translation>Den Weg nicht merken: die laufende App und &apos;kubetailor routes apply&apos; lassen diese Kontexte dann unverändert, wenn ein Cloud-CLI sie erneut schreibt.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>say where the proxy is: --fqdn FQDN, or --hostname H [--tailnet SUFFIX], or --context NAME=FQDN for each context</source>
        <translation>geben Sie an, wo der Proxy ist: --fqdn FQDN oder --hostname H [--tailnet SUFFIX] oder --context NAME=FQDN für jeden Kontext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--fqdn and --hostname exclude each other</source>
        <translation>--fqdn und --hostname schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--tailnet goes with --hostname (--fqdn is the full name already)</source>
        <translation>--tailnet gehört zu --hostname (--fqdn ist bereits der volle Name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--in-place and --new-context exclude each other</source>
        <translation>--in-place und --new-context schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--new-context=NAME names the context added for ONE context; with several, each gets &lt;context&gt;-tailnet</source>
        <translation>--new-context=NAME benennt den hinzugefügten Kontext für EINEN Kontext; bei mehreren erhält jeder &lt;context&gt;-tailnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--set-current needs exactly one --context</source>
        <translation>--set-current braucht genau ein --context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-o and --dry-run exclude each other (--dry-run writes nothing and prints the diff)</source>
        <translation>-o und --dry-run schließen sich gegenseitig aus (--dry-run schreibt nichts und gibt den Diff aus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-o - and --json both print on stdout; choose one</source>
        <translation>-o - und --json geben beide auf stdout aus; wählen Sie eines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-o, --fqdn, --hostname and --tailnet are given once</source>
        <translation>-o, --fqdn, --hostname und --tailnet werden nur einmal angegeben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--context %1: name the context before &apos;=&apos; (--context NAME=FQDN)</source>
        <translation>--context %1: nennen Sie den Kontext vor &apos;=&apos; (--context NAME=FQDN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--context %1: %2</source>
        <translation>--context %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--context %1 is given two proxies: %2 and %3</source>
        <translation>--context %1 erhält zwei Proxys: %2 und %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--hostname takes the machine name only, e.g. tailscale-operator; give a full name with --fqdn</source>
        <translation>--hostname nimmt nur den Gerätenamen, z. B. tailscale-operator; einen vollen Namen geben Sie mit --fqdn an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--hostname %1: %2</source>
        <translation>--hostname %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--tailnet needs the MagicDNS suffix, e.g. tail1234.ts.net</source>
        <translation>--tailnet braucht die MagicDNS-Endung, z. B. tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1%2 is not a full name: the proxy&apos;s TLS certificate is issued for its full MagicDNS name, so kubectl would refuse it</source>
        <translation>%1%2 ist kein voller Name: das TLS-Zertifikat des Proxys ist für seinen vollen MagicDNS-Namen ausgestellt, daher würde kubectl es ablehnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. Use %2%3 (tailnet %4, from tailscale status), or --force to write the short name anyway</source>
        <translation>%1. Verwenden Sie %2%3 (Tailnet %4, aus tailscale status) oder --force, um den Kurznamen trotzdem zu schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. Give the full name, e.g. %2%3.tail1234.ts.net, or --hostname %3 to take the tailnet from tailscale status; --force writes the short name anyway</source>
        <translation>%1. Geben Sie den vollen Namen an, z. B. %2%3.tail1234.ts.net, oder --hostname %3, um das Tailnet aus tailscale status zu nehmen; --force schreibt den Kurznamen trotzdem</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>refusing to rewrite (nothing written; --force rewrites anyway): %1</source>
        <translation>Umschreiben abgelehnt (nichts geschrieben; --force schreibt trotzdem um): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Skipped %n context(s) that cannot go through a noauth proxy:</source>
        <translation>
            <numerusform>%n Kontext übersprungen, der nicht über einen noauth-Proxy gehen kann:</numerusform>
            <numerusform>%n Kontexte übersprungen, die nicht über einen noauth-Proxy gehen können:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to change: no context can go through a noauth proxy.</source>
        <translation>Nichts zu ändern: kein Kontext kann über einen noauth-Proxy gehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their proxies</source>
        <translation>ihre Proxys</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write the result to stdout: %1</source>
        <translation>das Ergebnis kann nicht auf stdout geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the whole merged kubeconfig, %1 of its contexts rewritten, to %2</source>
        <translation>Die gesamte zusammengeführte kubeconfig mit %1 umgeschriebenen Kontexten nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it: KUBECONFIG=%1 kubectl get pods</source>
        <translation>Verwenden: KUBECONFIG=%1 kubectl get pods</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rewrote %1 context(s), each to go through its proxy:</source>
        <translation>%1 Kontext(e) so umgeschrieben, dass jeder über seinen Proxy geht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 context(s), each going through its proxy:</source>
        <translation>%1 Kontext(e) hinzugefügt, von denen jeder über seinen Proxy geht:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rewrote 1 context to go through %1:</source>
        <translation>1 Kontext so umgeschrieben, dass er über %1 geht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewrote %1 contexts to go through %2:</source>
        <translation>%1 Kontexte so umgeschrieben, dass sie über %2 gehen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added 1 context going through %1:</source>
        <translation>1 Kontext hinzugefügt, der über %1 geht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 contexts going through %2:</source>
        <translation>%1 Kontexte hinzugefügt, die über %2 gehen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Route contexts through the Tailscale operator&apos;s API server proxy in noauth mode:
each cluster&apos;s server becomes https://&lt;FQDN&gt;:443 and its CA data goes (the proxy
has a publicly trusted certificate); the user entry and its exec plugin stay as
they are. Writes atomically, under kubectl&apos;s lock, with a backup
(&apos;kubetailor undo&apos; restores it).</source>
        <translation>Kontexte über den API-Server-Proxy des Tailscale-Operators im noauth-Modus leiten:
der Server jedes Clusters wird https://&lt;FQDN&gt;:443 und seine CA-Daten entfallen (der
Proxy hat ein öffentlich vertrauenswürdiges Zertifikat); der Benutzereintrag und sein
Exec-Plugin bleiben, wie sie sind. Schreibt atomar, unter der Sperre von kubectl, mit
einer Sicherung (&apos;kubetailor undo&apos; stellt sie wieder her).</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Nothing to change: the chosen contexts already go through %1.</source>
        <translation>Nichts zu ändern: die gewählten Kontexte gehen bereits über %1.</translation>
    </message>
</context>
<context>
    <name>RewritePanel</name>
    <message>
        <location filename="../app/gui/RewritePanel.cpp" line="+62"/>
        <source>Change the context &amp;in place</source>
        <translation>Den Kontext &amp;direkt ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the cluster&apos;s CA (only for a proxy with a private CA)</source>
        <translation>CA des Clusters &amp;behalten (nur für einen Proxy mit privater CA)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add a si&amp;bling context (&lt;name&gt;-tailnet)</source>
        <translation>Einen &amp;Geschwisterkontext hinzufügen (&lt;name&gt;-tailnet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it the current conte&amp;xt</source>
        <translation>Zum aktuellen Konte&amp;xt machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy per context</source>
        <translation>Proxy pro Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in your tailnet as Tailscale reports it</source>
        <translation>Ihr Tailnet so eintragen, wie Tailscale es meldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the proxy&apos;s full name</source>
        <translation>Den vollen Namen des Proxys verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy host name</source>
        <translation>Hostname des Proxys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator proxy&apos;s Tailscale host name, e.g. tailscale-operator, or its full MagicDNS name</source>
        <translation>Der Tailscale-Hostname des Operator-Proxys, z. B. tailscale-operator, oder sein voller MagicDNS-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tailnet</source>
        <translation>Tailnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tailnet&apos;s MagicDNS suffix, e.g. tail1234.ts.net</source>
        <translation>Die MagicDNS-Endung des Tailnets, z. B. tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context&apos;s cluster entry points at the proxy</source>
        <translation>Der Cluster-Eintrag des Kontexts zeigt auf den Proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original context stays; &lt;name&gt;-tailnet goes through the proxy with the same user entry</source>
        <translation>Der ursprüngliche Kontext bleibt; &lt;name&gt;-tailnet geht mit demselben Benutzereintrag über den Proxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy serves a Let&apos;s Encrypt certificate your system trusts; the cluster&apos;s own CA is normally removed</source>
        <translation>Der Proxy liefert ein Let&apos;s-Encrypt-Zertifikat, dem Ihr System vertraut; die eigene CA des Clusters wird normalerweise entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client certificates will not reach the API server: apply an&amp;yway</source>
        <translation>Client-Zertifikate erreichen den API-Server nicht: &amp;trotzdem anwenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pr&amp;oxy host name:</source>
        <translation>Hostname des Pr&amp;oxys:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tail&amp;net:</source>
        <translation>Tail&amp;net:</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Tailnet %1: operator proxies found: %2</source>
        <translation>Tailnet %1: gefundene Operator-Proxys: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proxy for %1</source>
        <translation>Proxy für %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proxy named above</source>
        <translation>der oben genannte Proxy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>typed before</source>
        <translation>zuvor eingegeben</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A proxy you typed before</source>
        <translation>Ein Proxy, den Sie zuvor eingegeben haben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Reading the kubeconfig for the preview...</source>
        <translation>Die kubeconfig wird für die Vorschau gelesen…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>; skipped %n that cannot go through the proxy</source>
        <translation>
            <numerusform>; %n Kontext übersprungen, der nicht über den Proxy gehen kann</numerusform>
            <numerusform>; %n Kontexte übersprungen, die nicht über den Proxy gehen können</numerusform>
        </translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contexts: %2</source>
        <translation>%1 Kontexte: %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>No warnings for this change.</source>
        <translation>Keine Warnungen für diese Änderung.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Added %1 tailnet context in %2 — backup saved</source>
        <translation>%1 Tailnet-Kontext in %2 hinzugefügt – Sicherung gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 tailnet contexts in %2 — backup saved</source>
        <translation>%1 Tailnet-Kontexte in %2 hinzugefügt – Sicherung gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewrote %1 context in %2 — backup saved</source>
        <translation>%1 Kontext in %2 umgeschrieben – Sicherung gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewrote %1 contexts in %2 — backup saved</source>
        <translation>%1 Kontexte in %2 umgeschrieben – Sicherung gespeichert</translation>
    </message>
    <message>
        <location line="-565"/>
        <source>Preview of the change</source>
        <translation>Vorschau der Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+417"/>
        <source>Write the change (a backup of each file is saved first)</source>
        <translation>Die Änderung schreiben (zuvor wird von jeder Datei eine Sicherung gespeichert)</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>tailscale is not installed here: type the proxy&apos;s host name and your tailnet (Tailscale admin console, DNS page).</source>
        <translation>tailscale ist hier nicht installiert: geben Sie den Hostnamen des Proxys und Ihr Tailnet ein (Tailscale-Admin-Konsole, Seite DNS).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking tailscale for the tailnet&apos;s name...</source>
        <translation>tailscale wird nach dem Namen des Tailnets gefragt …</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Type the proxy&apos;s name to see the change.</source>
        <translation>Geben Sie den Namen des Proxys ein, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a short name: the proxy&apos;s certificate is for its full MagicDNS name, so kubectl would refuse it. Type the tailnet (e.g. tail1234.ts.net), or connect Tailscale so it is found.</source>
        <translation>%1 ist ein Kurzname: das Zertifikat des Proxys gilt für seinen vollen MagicDNS-Namen, daher würde kubectl es ablehnen. Geben Sie das Tailnet ein (z. B. tail1234.ts.net) oder verbinden Sie Tailscale, damit es gefunden wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each context goes through the proxy of its row below; a row left empty uses https://%1:443</source>
        <translation>Jeder Kontext geht über den Proxy seiner Zeile unten; eine leere Zeile verwendet https://%1:443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kubectl will use https://%1:443</source>
        <translation>kubectl wird https://%1:443 verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select one or more contexts in the table above.</source>
        <translation>Wählen Sie oben in der Tabelle einen oder mehrere Kontexte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more contexts in the table above to see the change.</source>
        <translation>Wählen Sie oben in der Tabelle einen oder mehrere Kontexte, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kubeconfig could not be read: %1</source>
        <translation>Die kubeconfig konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the proxy&apos;s host name and tailnet to see the change.</source>
        <translation>Geben Sie Hostname des Proxys und Tailnet ein, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing to change: none of the selected contexts can go through the tailnet&apos;s proxy (see why on the left).</source>
        <translation>Nichts zu ändern: keiner der gewählten Kontexte kann über den Proxy des Tailnets gehen (den Grund sehen Sie links).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to change: the selected contexts already use %1.</source>
        <translation>Nichts zu ändern: die gewählten Kontexte verwenden bereits %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their proxies</source>
        <translation>ihre Proxys</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>RewritePlan</name>
    <message>
        <location filename="../kubeconfig/RewritePlan.cpp" line="+149"/>
        <source>%1 is a short name; TLS certificates are issued for the full name, e.g. %1.tail1234.ts.net: kubectl will refuse the proxy&apos;s certificate</source>
        <translation>%1 ist ein Kurzname; TLS-Zertifikate werden für den vollen Namen ausgestellt, z. B. %1.tail1234.ts.net: kubectl wird das Zertifikat des Proxys ablehnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not under .ts.net; the operator&apos;s proxy is reached by its MagicDNS name, e.g. tailscale-operator.tail1234.ts.net</source>
        <translation>%1 liegt nicht unter .ts.net; der Proxy des Operators wird über seinen MagicDNS-Namen erreicht, z. B. tailscale-operator.tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no proxy given for context &quot;%1&quot;: name its proxy, or one for all contexts</source>
        <translation>kein Proxy für Kontext „%1“ angegeben: nennen Sie seinen Proxy oder einen für alle Kontexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context &quot;%1&quot;: %2</source>
        <translation>Kontext „%1“: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contexts sharing cluster &quot;%1&quot; ask for different proxies (%2, %3); give them the same proxy, or add new contexts instead of rewriting in place</source>
        <translation>Kontexte, die sich Cluster „%1“ teilen, verlangen verschiedene Proxys (%2, %3); geben Sie ihnen denselben Proxy oder fügen Sie neue Kontexte hinzu, statt direkt umzuschreiben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no context to rewrite in %1</source>
        <translation>kein Kontext zum Umschreiben in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no context chosen: name one or more contexts, or choose all</source>
        <translation>kein Kontext gewählt: nennen Sie einen oder mehrere Kontexte oder wählen Sie alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a name for the new context only works with a single context in new-context mode</source>
        <translation>ein Name für den neuen Kontext funktioniert im new-context-Modus nur mit einem einzigen Kontext</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no context named &quot;%1&quot; in %2; `kubetailor contexts` lists them</source>
        <translation>kein Kontext namens „%1“ in %2; `kubetailor contexts` listet sie auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot rewrite context &quot;%2&quot;: %3; fix the file first</source>
        <translation>%1: Kontext „%2“ kann nicht umgeschrieben werden: %3; korrigieren Sie zuerst die Datei</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>%1 was not found on PATH</source>
        <translation>%1 wurde im PATH nicht gefunden</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>%1: context &quot;%2&quot; exists already and points elsewhere; choose another name for the new context, or rewrite &quot;%2&quot; itself</source>
        <translation>%1: Kontext „%2“ existiert bereits und zeigt woandershin; wählen Sie einen anderen Namen für den neuen Kontext oder schreiben Sie „%2“ selbst um</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cluster &quot;%1&quot; is also used by %2; rewriting it in place routes them through the tailnet too (a new context leaves them alone)</source>
        <translation>Cluster „%1“ wird auch von %2 verwendet; direktes Umschreiben leitet auch diese über das Tailnet (ein neuer Kontext lässt sie unverändert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context &quot;%1&quot;</source>
        <translation>Kontext „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contexts %1</source>
        <translation>Kontexte %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>user &quot;%1&quot; authenticates with a client certificate only: the operator&apos;s noauth proxy terminates TLS, so the certificate never reaches the API server and every request fails. Use the operator&apos;s auth mode instead, or the local forwarder&apos;s passthrough mode%2</source>
        <translation>Benutzer „%1“ authentifiziert sich nur mit einem Client-Zertifikat: der noauth-Proxy des Operators terminiert TLS, daher erreicht das Zertifikat den API-Server nie und jede Anfrage scheitert. Verwenden Sie stattdessen den auth-Modus des Operators oder den Passthrough-Modus des lokalen Forwarders%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+11"/>
        <source> (forced: rewriting anyway)</source>
        <translation> (erzwungen: wird trotzdem umgeschrieben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user &quot;%1&quot; uses the legacy auth-provider &quot;%2&quot;, removed from kubectl since 1.26: switch to its exec plugin (gke-gcloud-auth-plugin, kubelogin) first</source>
        <translation>Benutzer „%1“ verwendet den veralteten auth-provider „%2“, seit 1.26 aus kubectl entfernt: wechseln Sie zuerst zu seinem Exec-Plugin (gke-gcloud-auth-plugin, kubelogin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exec plugin %1 of user &quot;%2&quot; is not installed here (%3)</source>
        <translation>Exec-Plugin %1 von Benutzer „%2“ ist hier nicht installiert (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>context &quot;%1&quot; sends no credentials; a noauth proxy adds none, so the API server will treat requests as anonymous</source>
        <translation>Kontext „%1“ sendet keine Anmeldedaten; ein noauth-Proxy fügt keine hinzu, daher behandelt der API-Server die Anfragen als anonym</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cluster &quot;%1&quot; sets proxy-url %2: kubectl would send its traffic through that proxy instead of the tailnet; remove proxy-url if that is not meant</source>
        <translation>Cluster „%1“ setzt proxy-url %2: kubectl würde seinen Verkehr über diesen Proxy statt über das Tailnet schicken; entfernen Sie proxy-url, wenn das nicht gewollt ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cluster&apos;s certificate authority is kept: kubectl will trust the proxy only if that CA signed its certificate</source>
        <translation>die Zertifizierungsstelle des Clusters wird behalten: kubectl vertraut dem Proxy nur, wenn diese CA sein Zertifikat signiert hat</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>cannot write %1: this plan no longer holds the edited kubeconfig; plan the rewrite again</source>
        <translation>%1 kann nicht geschrieben werden: dieser Plan enthält die bearbeitete kubeconfig nicht mehr; planen Sie das Umschreiben erneut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refusing to rewrite: %1</source>
        <translation>Umschreiben abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>RouteKeeper</name>
    <message>
        <location filename="../app/routes/RouteKeeper.cpp" line="+110"/>
        <source>%1: the server was changed, not by kubetailor and not back to the one the route replaced; nothing was written. Route it again from the window, or forget the route (kubetailor routes forget).</source>
        <translation>%1: der Server wurde geändert, weder von kubetailor noch zurück auf den, den der Weg ersetzt hatte; es wurde nichts geschrieben. Leiten Sie den Kontext im Fenster erneut über das Tailnet oder vergessen Sie den Weg (kubetailor routes forget).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 goes direct again: another program wrote its cluster entry back. Apply the route again?</source>
        <translation>%1 geht wieder direkt: ein anderes Programm hat seinen Cluster-Eintrag zurückgeschrieben. Den Weg erneut anwenden?</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>cannot apply the route of %1 again: %2</source>
        <translation>der Weg von %1 kann nicht erneut angewendet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written again by another program; its route through %2 is applied again (a backup was saved). Undo restores what the other program wrote.</source>
        <translation>%1 wurde von einem anderen Programm erneut geschrieben; sein Weg über %2 wurde erneut angewendet (eine Sicherung wurde gespeichert). Rückgängig stellt wieder her, was das andere Programm geschrieben hat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>cannot route %1 through %2: %3</source>
        <translation>%1 kann nicht über %2 geleitet werden: %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot route %1 through %2: a noauth proxy cannot carry its credentials; see the Rewrite tab</source>
        <translation>%1 kann nicht über %2 geleitet werden: ein noauth-Proxy kann seine Anmeldedaten nicht weitergeben; siehe den Reiter „Über Tailnet leiten“</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New context %1: open kubetailor to route it through the tailnet.</source>
        <translation>Neuer Kontext %1: öffnen Sie kubetailor, um ihn über das Tailnet zu leiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New context %1: route it through %2? Click to route it.</source>
        <translation>Neuer Kontext %1: über %2 leiten? Klicken Sie, um ihn darüber zu leiten.</translation>
    </message>
</context>
<context>
    <name>RouteStatus</name>
    <message>
        <location filename="../app/routes/RouteStatus.cpp" line="+58"/>
        <source>in effect</source>
        <translation>wirksam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reverted by another program</source>
        <translation>von einem anderen Programm zurückgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context gone</source>
        <translation>Kontext nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed by hand</source>
        <translation>von Hand geändert</translation>
    </message>
</context>
<context>
    <name>RoutesCommand</name>
    <message>
        <location filename="../app/cli/RoutesCommand.cpp" line="+30"/>
        <source>Print one JSON document (list).</source>
        <translation>Ein JSON-Dokument ausgeben (list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the diff and write nothing (apply).</source>
        <translation>Den Diff ausgeben und nichts schreiben (apply).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No routes remembered yet: `kubetailor rewrite` (or Apply in the window) remembers one per context it routes through a proxy.</source>
        <translation>Noch keine Wege gemerkt: `kubetailor rewrite` (oder „Anwenden“ im Fenster) merkt sich einen pro Kontext, den es über einen Proxy leitet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in place</source>
        <translation>an Ort und Stelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new context</source>
        <translation>neuer Kontext</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>note: %1 was changed by hand (its server is neither the proxy nor the one the route replaced): left alone; `kubetailor rewrite --context %1 --fqdn %2` routes it again, `kubetailor routes forget %1` drops the route</source>
        <translation>Hinweis: %1 wurde von Hand geändert (sein Server ist weder der Proxy noch der, den der Weg ersetzt hat): unverändert gelassen; `kubetailor rewrite --context %1 --fqdn %2` leitet ihn erneut über den Proxy, `kubetailor routes forget %1` verwirft den Weg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>note: %1 is not in the kubeconfig any more: left alone; `kubetailor routes forget %1` drops the route</source>
        <translation>Hinweis: %1 ist nicht mehr in der kubeconfig: unverändert gelassen; `kubetailor routes forget %1` verwirft den Weg</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No routes remembered yet: nothing to apply.</source>
        <translation>Noch keine Wege gemerkt: nichts anzuwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to apply: no route was reverted by another program.</source>
        <translation>Nichts anzuwenden: kein Weg wurde von einem anderen Programm zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Applied the route again: %1 goes through %2</source>
        <translation>Weg erneut angewendet: %1 geht über %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no route for context &quot;%1&quot;; `kubetailor routes` lists them</source>
        <translation>kein Weg für Kontext „%1“; `kubetailor routes` listet sie auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot the route of %1; its kubeconfig entries stay as they are.</source>
        <translation>Weg von %1 vergessen; seine kubeconfig-Einträge bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The routes kubetailor remembers (one per context it rewrote) and their state:
in effect, reverted by another program (a cloud CLI wrote the entry again),
context gone, changed by hand.
  routes [list] [--json]    list them
  routes apply [--dry-run]  apply the reverted ones again (after get-credentials)
  routes forget CONTEXT     stop keeping a context&apos;s route</source>
        <translation>Die Wege, die kubetailor sich merkt (einer pro umgeschriebenem Kontext), und ihr Zustand:
wirksam, von einem anderen Programm zurückgesetzt (ein Cloud-CLI hat den Eintrag
erneut geschrieben), Kontext nicht mehr vorhanden, von Hand geändert.
  routes [list] [--json]    sie auflisten
  routes apply [--dry-run]  die zurückgesetzten erneut anwenden (nach get-credentials)
  routes forget CONTEXT     den Weg eines Kontexts nicht mehr beibehalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list, apply or forget</source>
        <translation>list, apply oder forget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown action &apos;%1&apos; (use list, apply or forget)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (verwenden Sie list, apply oder forget)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forget needs the CONTEXT whose route to forget</source>
        <translation>forget braucht den CONTEXT, dessen Weg vergessen werden soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run goes with apply</source>
        <translation>--dry-run gehört zu apply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--json goes with list</source>
        <translation>--json gehört zu list</translation>
    </message>
</context>
<context>
    <name>SafeWriter</name>
    <message>
        <location filename="../kubeconfig/SafeWriter.cpp" line="+44"/>
        <source>another program is writing %1 (lock file %2 exists); retry, or delete the lock if no kubectl is running</source>
        <translation>ein anderes Programm schreibt %1 (Sperrdatei %2 existiert); versuchen Sie es erneut oder löschen Sie die Sperre, wenn kein kubectl läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the lock file %1: %2; nothing was written: check that the folder is writable</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden: %2; es wurde nichts geschrieben: prüfen Sie, ob der Ordner beschreibbar ist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read %1: %2; nothing was written</source>
        <translation>%1 kann nicht gelesen werden: %2; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed on disk since kubetailor read it; nothing was written: run the command again to work on the current content</source>
        <translation>%1 wurde auf der Festplatte geändert, seit kubetailor es gelesen hat; es wurde nichts geschrieben: führen Sie den Befehl erneut aus, um mit dem aktuellen Inhalt zu arbeiten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot write %1: %2; the file may be incomplete: restore it with `kubetailor undo`</source>
        <translation>%1 kann nicht geschrieben werden: %2; die Datei ist womöglich unvollständig: stellen Sie sie mit `kubetailor undo` wieder her</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the folder %1 for %2</source>
        <translation>der Ordner %1 für %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 has %2 hard links: written in place, so every name sees the change</source>
        <translation>%1 hat %2 harte Links: direkt an Ort und Stelle geschrieben, damit jeder Name die Änderung sieht</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+17"/>
        <location line="+15"/>
        <location line="+11"/>
        <source>cannot write %1: %2; the file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: %2; die Datei ist unverändert</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot create the folder %1 for %2; nothing was written</source>
        <translation>der Ordner %1 für %2 kann nicht angelegt werden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(already written: %1; `kubetailor undo` restores them)</source>
        <translation>(bereits geschrieben: %1; `kubetailor undo` stellt sie wieder her)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../app/SingleInstance.cpp" line="+51"/>
        <source>cannot create the runtime folder %1; check its permissions</source>
        <translation>der Laufzeitordner %1 kann nicht angelegt werden; prüfen Sie seine Zugriffsrechte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the lock file %1; check the folder&apos;s permissions</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden; prüfen Sie die Zugriffsrechte des Ordners</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another kubetailor holds %1 but does not answer on %2 (%3); if it hangs, end it and start again</source>
        <translation>ein anderes kubetailor hält %1, antwortet aber nicht auf %2 (%3); wenn es hängt, beenden Sie es und starten Sie neu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>StaticManifestTab</name>
    <message>
        <location filename="../app/gui/operator/StaticManifestTab.cpp" line="+16"/>
        <source>Without Helm: add this env entry to the operator Deployment&apos;s container, or run the kubectl command on a running operator.</source>
        <translation>Ohne Helm: fügen Sie diesen env-Eintrag dem Container des Operator-Deployments hinzu oder führen Sie den kubectl-Befehl bei einem laufenden Operator aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Static manifests explanation</source>
        <translation>Erklärung zu statischen Manifesten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Static manifest change</source>
        <translation>Änderung am statischen Manifest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;YAML</source>
        <translation>&amp;YAML kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the env entry YAML</source>
        <translation>Den env-Eintrag als YAML kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;kubectl command</source>
        <translation>&amp;kubectl-Befehl kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the kubectl set env command</source>
        <translation>Den Befehl kubectl set env kopieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the env entry</source>
        <translation>den env-Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kubectl command</source>
        <translation>den kubectl-Befehl</translation>
    </message>
</context>
<context>
    <name>TailnetDiscovery</name>
    <message>
        <location filename="../kubeconfig/tailnet/TailnetDiscovery.cpp" line="+23"/>
        <source>%1 is not an executable tailscale binary; check the path, or type the proxy&apos;s full name (e.g. tailscale-operator.tail1234.ts.net)</source>
        <translation>%1 ist kein ausführbares tailscale-Programm; prüfen Sie den Pfad oder geben Sie den vollen Namen des Proxys ein (z. B. tailscale-operator.tail1234.ts.net)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tailscale is not installed (not on PATH): install it from https://tailscale.com/download, or type the proxy&apos;s full name (e.g. tailscale-operator.tail1234.ts.net)</source>
        <translation>tailscale ist nicht installiert (nicht im PATH): installieren Sie es von https://tailscale.com/download oder geben Sie den vollen Namen des Proxys ein (z. B. tailscale-operator.tail1234.ts.net)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1 status --json&apos; did not answer within %2 s: is tailscaled hung? Type the proxy&apos;s full name instead</source>
        <translation>&apos;%1 status --json&apos; hat nicht innerhalb von %2 s geantwortet: hängt tailscaled? Geben Sie stattdessen den vollen Namen des Proxys ein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not run &apos;%1 status --json&apos;: %2; type the proxy&apos;s full name instead</source>
        <translation>&apos;%1 status --json&apos; konnte nicht ausgeführt werden: %2; geben Sie stattdessen den vollen Namen des Proxys ein</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>tailscaled is not running (%1): start Tailscale, or type the proxy&apos;s full name</source>
        <translation>tailscaled läuft nicht (%1): starten Sie Tailscale oder geben Sie den vollen Namen des Proxys ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1 status --json&apos; failed (exit code %2%3); type the proxy&apos;s full name instead</source>
        <translation>&apos;%1 status --json&apos; ist fehlgeschlagen (Exit-Code %2%3); geben Sie stattdessen den vollen Namen des Proxys ein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; type the proxy&apos;s full name instead</source>
        <translation>; geben Sie stattdessen den vollen Namen des Proxys ein</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>cannot find the tailnet&apos;s MagicDNS suffix: %1; or pass --tailnet SUFFIX (e.g. tail1234.ts.net) or --fqdn</source>
        <translation>die MagicDNS-Endung des Tailnets ist nicht zu finden: %1; oder geben Sie --tailnet SUFFIX (z. B. tail1234.ts.net) oder --fqdn an</translation>
    </message>
</context>
<context>
    <name>TailscaleStatus</name>
    <message>
        <location filename="../kubeconfig/tailnet/TailscaleStatus.cpp" line="+16"/>
        <source>Tailscale is logged out: run &apos;tailscale up&apos; (or log in from the Tailscale app), or type the proxy&apos;s full name</source>
        <translation>Tailscale ist abgemeldet: führen Sie &apos;tailscale up&apos; aus (oder melden Sie sich in der Tailscale-App an) oder geben Sie den vollen Namen des Proxys ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this device waits for an admin to approve it in the Tailscale admin console; until then, type the proxy&apos;s full name</source>
        <translation>dieses Gerät wartet auf die Freigabe durch einen Admin in der Tailscale-Admin-Konsole; bis dahin geben Sie den vollen Namen des Proxys ein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tailscale is not running (state: %1): run &apos;tailscale up&apos;, or type the proxy&apos;s full name</source>
        <translation>Tailscale läuft nicht (Zustand: %1): führen Sie &apos;tailscale up&apos; aus oder geben Sie den vollen Namen des Proxys ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MagicDNS is off for this tailnet: turn it on in the Tailscale admin console (DNS page); the proxy&apos;s HTTPS certificate needs it</source>
        <translation>MagicDNS ist für dieses Tailnet aus: schalten Sie es in der Tailscale-Admin-Konsole ein (Seite DNS); das HTTPS-Zertifikat des Proxys braucht es</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tagged tag:k8s-operator</source>
        <translation>mit Tag tag:k8s-operator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>named %1</source>
        <translation>namens %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a ProxyGroup replica tagged %1</source>
        <translation>eine ProxyGroup-Replika mit Tag %1</translation>
    </message>
</context>
<context>
    <name>TailscaleStatusParser</name>
    <message>
        <location filename="../kubeconfig/tailnet/TailscaleStatusParser.cpp" line="+50"/>
        <source>&apos;tailscale status --json&apos; printed something that is not JSON (at byte %1: %2)</source>
        <translation>&apos;tailscale status --json&apos; hat etwas ausgegeben, das kein JSON ist (bei Byte %1: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;tailscale status --json&apos; printed a document without BackendState; this version of tailscale is not understood</source>
        <translation>&apos;tailscale status --json&apos; hat ein Dokument ohne BackendState ausgegeben; diese Version von tailscale wird nicht verstanden</translation>
    </message>
</context>
<context>
    <name>TlsContext</name>
    <message>
        <location filename="../proxycore/TlsContext.cpp" line="+19"/>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>cannot create a TLS server context: %1</source>
        <translation>TLS-Serverkontext kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the forwarder&apos;s loopback certificate or key cannot be used (%1); delete its folder to have a new one created</source>
        <translation>das Loopback-Zertifikat oder der Schlüssel des Forwarders ist unbrauchbar (%1); löschen Sie seinen Ordner, damit ein neues erstellt wird</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create a TLS client context: %1</source>
        <translation>TLS-Clientkontext kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>TlsSocket</name>
    <message>
        <location filename="../proxycore/TlsSocket.cpp" line="+136"/>
        <source>cannot start TLS: %1</source>
        <translation>TLS kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source> (the certificate is not issued for %1)</source>
        <translation> (das Zertifikat ist nicht für %1 ausgestellt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate was rejected: %1</source>
        <translation>das Zertifikat wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the peer closed the connection during the TLS handshake</source>
        <translation>die Gegenseite hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the TLS connection is not open</source>
        <translation>die TLS-Verbindung ist nicht offen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>internal error: the TCP socket is buffered by Qt</source>
        <translation>interner Fehler: der TCP-Socket wird von Qt gepuffert</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="+63"/>
        <location line="+42"/>
        <location line="+124"/>
        <location line="+43"/>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+24"/>
        <location line="+20"/>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>kubetailor</source>
        <translation>kubetailor</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>No current context</source>
        <translation>Kein aktueller Kontext</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local proxy for %1 on %2</source>
        <translation>Lokaler Proxy für %1 auf %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Open kubetailor</source>
        <translation>kubetailor ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contexts in the kubeconfig</source>
        <translation>Keine Kontexte in der kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the kubeconfig…</source>
        <translation>Die kubeconfig wird gelesen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kubeconfig could not be read</source>
        <translation>Die kubeconfig konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;More contexts</source>
        <translation>&amp;Weitere Kontexte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Local proxy for %1 is starting…</source>
        <translation>Lokaler Proxy für %1 startet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local proxy is stopping…</source>
        <translation>Lokaler Proxy stoppt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop local proxy (%1, port %2)</source>
        <translation>Lokalen Proxy &amp;stoppen (%1, Port %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start local proxy (no current context)</source>
        <translation>Lokalen Proxy &amp;starten (kein aktueller Kontext)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start local proxy for %1</source>
        <translation>Lokalen Proxy für %1 &amp;starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not switch to %1: %2</source>
        <translation>Wechsel zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current context is now %1 (in %2)</source>
        <translation>Aktueller Kontext ist jetzt %1 (in %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Local proxy stopped, but: %1</source>
        <translation>Lokaler Proxy gestoppt, aber: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local proxy stopped</source>
        <translation>Lokaler Proxy gestoppt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local proxy did not start: %1</source>
        <translation>Der lokale Proxy ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local proxy for %1 listens on %2; use: %3</source>
        <translation>Lokaler Proxy für %1 lauscht auf %2; verwenden: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Click to undo.</source>
        <translation>Klicken Sie, um dies rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click to apply it again.</source>
        <translation>Klicken Sie, um ihn erneut anzuwenden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undone: %1 is as the other program wrote it.</source>
        <translation>Rückgängig gemacht: %1 ist so, wie das andere Programm es geschrieben hat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 now goes through %2. Click to undo.</source>
        <translation>%1 geht jetzt über %2. Klicken Sie, um dies rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../app/cli/UndoCommand.cpp" line="+29"/>
        <source>Undo kubetailor&apos;s last change of the kubeconfig, entry by entry: each cluster, context or user entry (and current-context) kubetailor changed goes back to what it was, if the file still has it as kubetailor left it; everything else another program wrote since stays. When such an entry was changed again since, undo names it and changes nothing (--force puts it back anyway). The content it replaces is kept as a backup too. Without --kubeconfig: every file of the KUBECONFIG list (or ~/.kube/config) that kubetailor&apos;s last write changed.</source>
        <translation>Die letzte Änderung von kubetailor an der kubeconfig Eintrag für Eintrag rückgängig machen: jeder Cluster-, Kontext- oder Benutzereintrag (und current-context), den kubetailor geändert hat, wird wieder so, wie er war, sofern die Datei ihn noch so enthält, wie kubetailor ihn hinterlassen hat; alles andere, was ein anderes Programm seitdem geschrieben hat, bleibt. Wurde ein solcher Eintrag seitdem erneut geändert, nennt undo ihn und ändert nichts (--force stellt ihn trotzdem wieder her). Der ersetzte Inhalt wird ebenfalls als Sicherung aufbewahrt. Ohne --kubeconfig: jede Datei der KUBECONFIG-Liste (oder ~/.kube/config), die der letzte Schreibvorgang von kubetailor geändert hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Put kubetailor&apos;s backup of an entry back even when another program changed that entry since (its change is lost; other entries stay).</source>
        <translation>Die Sicherung eines Eintrags durch kubetailor auch dann wiederherstellen, wenn ein anderes Programm diesen Eintrag seitdem geändert hat (dessen Änderung geht verloren; andere Einträge bleiben).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no backup of %1 to restore (kubetailor keeps one before every change it writes, in %2)</source>
        <translation>keine Sicherung von %1 zum Wiederherstellen (kubetailor legt vor jeder Änderung eine in %2 an)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored %1 from the backup %2 (taken %3).</source>
        <translation>%1 aus der Sicherung %2 wiederhergestellt (angelegt %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--force: restored the whole backup; what was written to %1 after it was taken is only in the backup %2</source>
        <translation>--force: die ganze Sicherung wurde wiederhergestellt; was nach ihrem Anlegen in %1 geschrieben wurde, steht nur noch in der Sicherung %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undid kubetailor&apos;s change of %1 entry by entry (backup %2, taken %3); what other programs changed since stays.</source>
        <translation>Die Änderung von kubetailor an %1 wurde Eintrag für Eintrag rückgängig gemacht (Sicherung %2, angelegt %3); was andere Programme seitdem geändert haben, bleibt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — put back anyway (--force)</source>
        <translation> – trotzdem wiederhergestellt (--force)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file already had the content undo would restore.</source>
        <translation>Die Datei hatte bereits den Inhalt, den undo wiederherstellen würde.</translation>
    </message>
</context>
<context>
    <name>UndoPlan</name>
    <message>
        <location filename="../kubeconfig/UndoPlan.cpp" line="+22"/>
        <source>cannot read %1: %2; nothing was changed</source>
        <translation>%1 kann nicht gelesen werden: %2; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: put back as it was before kubetailor&apos;s change</source>
        <translation>%1: auf den Stand vor der Änderung durch kubetailor zurückgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: removed (kubetailor added it)</source>
        <translation>%1: entfernt (kubetailor hatte ihn hinzugefügt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: added back (kubetailor removed it)</source>
        <translation>%1: wieder hinzugefügt (kubetailor hatte ihn entfernt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: already as it was before kubetailor&apos;s change</source>
        <translation>%1: bereits auf dem Stand vor der Änderung durch kubetailor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>current-context: set to &quot;%1&quot; by another program since kubetailor set it to &quot;%2&quot;</source>
        <translation>current-context: von einem anderen Programm auf „%1“ gesetzt, nachdem kubetailor ihn auf „%2“ gesetzt hatte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: removed by another program since kubetailor&apos;s change</source>
        <translation>%1: seit der Änderung durch kubetailor von einem anderen Programm entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: changed by another program since kubetailor&apos;s change</source>
        <translation>%1: seit der Änderung durch kubetailor von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no backup to restore (kubetailor keeps them in %2); nothing was changed</source>
        <translation>%1: keine Sicherung zum Wiederherstellen (kubetailor legt sie in %2 ab); es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot undo: %1; fix the file first (nothing was changed)</source>
        <translation>rückgängig machen nicht möglich: %1; korrigieren Sie zuerst die Datei (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 was changed after kubetailor&apos;s backup %2 was taken, and that backup comes from an older kubetailor that did not record its change, so undo cannot tell it from another program&apos;s: restoring it would lose that change. Nothing was changed.</source>
        <translation>%1 wurde geändert, nachdem die Sicherung %2 von kubetailor angelegt wurde, und diese Sicherung stammt von einem älteren kubetailor, das seine Änderung nicht aufgezeichnet hat; daher kann undo sie nicht von der eines anderen Programms unterscheiden: das Wiederherstellen würde diese Änderung verlieren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was changed after kubetailor&apos;s backup %2 was taken, and that backup comes from an older kubetailor that did not record its change, so undo cannot tell it from another program&apos;s: restoring it would lose that change. Nothing was changed; undo with --force restores the whole backup anyway.</source>
        <translation>%1 wurde geändert, nachdem die Sicherung %2 von kubetailor angelegt wurde, und diese Sicherung stammt von einem älteren kubetailor, das seine Änderung nicht aufgezeichnet hat; daher kann undo sie nicht von der eines anderen Programms unterscheiden: das Wiederherstellen würde diese Änderung verlieren. Es wurde nichts geändert; undo mit --force stellt trotzdem die ganze Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: undo would lose what another program changed since kubetailor&apos;s change (%2); nothing was changed.</source>
        <translation>%1: das Rückgängigmachen würde verlieren, was ein anderes Programm seit der Änderung durch kubetailor geändert hat (%2); es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: undo would lose what another program changed since kubetailor&apos;s change (%2); nothing was changed. Undo with --force puts kubetailor&apos;s backup of %n entry(s) back anyway (everything else in the file stays).</source>
        <translation>
            <numerusform>%1: das Rückgängigmachen würde verlieren, was ein anderes Programm seit der Änderung durch kubetailor geändert hat (%2); es wurde nichts geändert. Mit --force stellt undo die Sicherung von kubetailor für %n Eintrag trotzdem wieder her (alles andere in der Datei bleibt).</numerusform>
            <numerusform>%1: das Rückgängigmachen würde verlieren, was ein anderes Programm seit der Änderung durch kubetailor geändert hat (%2); es wurde nichts geändert. Mit --force stellt undo die Sicherung von kubetailor für %n Einträge trotzdem wieder her (alles andere in der Datei bleibt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpstreamConnector</name>
    <message>
        <location filename="../proxycore/UpstreamConnector.cpp" line="+19"/>
        <source>no answer within %1 s (timed out); check that the host is reachable over the tailnet</source>
        <translation>keine Antwort innerhalb von %1 s (Zeitüberschreitung); prüfen Sie, ob der Host über das Tailnet erreichbar ist</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>its TLS certificate is not trusted (%1); pass the CA that signed it with --ca-file, or check the server URL</source>
        <translation>seinem TLS-Zertifikat wird nicht vertraut (%1); geben Sie die signierende CA mit --ca-file an oder prüfen Sie die Server-URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host name cannot be resolved (DNS); check the name and that MagicDNS is on</source>
        <translation>der Hostname lässt sich nicht auflösen (DNS); prüfen Sie den Namen und ob MagicDNS an ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was refused; nothing listens on that port</source>
        <translation>die Verbindung wurde abgelehnt; auf diesem Port lauscht nichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the network is unreachable: %1</source>
        <translation>das Netzwerk ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it closed the connection</source>
        <translation>es hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it closed the connection during the TLS handshake</source>
        <translation>es hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>upstream %1: %2</source>
        <translation>Upstream %1: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamTrust</name>
    <message>
        <location filename="../proxycore/UpstreamTrust.cpp" line="+87"/>
        <source>%1: cannot read the CA file: %2</source>
        <translation>%1: die CA-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no PEM certificate found in the CA file</source>
        <translation>%1: kein PEM-Zertifikat in der CA-Datei gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the context&apos;s certificate-authority-data holds no PEM certificate</source>
        <translation>certificate-authority-data des Kontexts enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>UseCommand</name>
    <message>
        <location filename="../app/cli/UseCommand.cpp" line="+16"/>
        <source>Make CONTEXT the current context.</source>
        <translation>CONTEXT zum aktuellen Kontext machen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already using context &quot;%1&quot;.</source>
        <translation>Kontext „%1“ wird bereits verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switched to context &quot;%1&quot;.</source>
        <translation>Zu Kontext „%1“ gewechselt.</translation>
    </message>
</context>
<context>
    <name>WriteSummary</name>
    <message>
        <location filename="../app/cli/WriteSummary.cpp" line="+13"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(backup: %1)</source>
        <translation>(Sicherung: %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <location filename="../app/autostart/XdgAutostart.cpp" line="+92"/>
        <source>Start kubetailor in the system tray at login</source>
        <translation>kubetailor bei der Anmeldung im System-Tray starten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write the autostart entry %1: %2</source>
        <translation>der Autostart-Eintrag %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove the autostart entry %1: %2</source>
        <translation>der Autostart-Eintrag %1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../kubeconfig/yaml/YamlReader.cpp" line="+500"/>
        <source>%1:%2:%3: byte 0x%4 is not UTF-8 text; kubectl refuses such a file too: save it as UTF-8</source>
        <translation>%1:%2:%3: Byte 0x%4 ist kein UTF-8-Text; kubectl lehnt eine solche Datei ebenfalls ab: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: nested deeper than %2 levels; a kubeconfig is never that deep: check the file is what you meant</source>
        <translation>%1: tiefer als %2 Ebenen verschachtelt; eine kubeconfig ist nie so tief: prüfen Sie, ob die Datei die gemeinte ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: aliases expand to more than %2 nodes (an alias bomb?); refusing to load the file</source>
        <translation>%1: Aliase expandieren zu mehr als %2 Knoten (eine Alias-Bombe?); die Datei wird nicht geladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: an unquoted value holds U+2028 or U+2029, which kubectl reads as a line break: put the value in double quotes</source>
        <translation>%1: ein Wert ohne Anführungszeichen enthält U+2028 oder U+2029, was kubectl als Zeilenumbruch liest: setzen Sie den Wert in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a quoted string starts here and is never closed; add the closing quote</source>
        <translation>%1: hier beginnt eine Zeichenkette in Anführungszeichen, die nie geschlossen wird; fügen Sie das schließende Anführungszeichen hinzu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2:%3: a merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation>%1:%2:%3: ein Merge-Schlüssel (&lt;&lt;) braucht eine Zuordnung oder eine Liste von Zuordnungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: alias to an unknown anchor</source>
        <translation>%1: Alias auf einen unbekannten Anker</translation>
    </message>
</context>
</TS>
