<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AclTab</name>
    <message>
        <location filename="../app/gui/operator/AclTab.cpp" line="+21"/>
        <source>Who may reach the proxy</source>
        <translation>Qui peut joindre le proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users, groups or tags, separated by commas: autogroup:member, group:sre, alice@example.com</source>
        <translation>Utilisateurs, groupes ou tags, séparés par des virgules : autogroup:member, group:sre, alice@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy tag</source>
        <translation>Tag du proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tailnet policy snippet</source>
        <translation>Extrait de stratégie du tailnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy error</source>
        <translation>Erreur de stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy p&amp;olicy</source>
        <translation>Copier la str&amp;atégie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the tailnet policy snippet</source>
        <translation>Copier l&apos;extrait de stratégie du tailnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy notes</source>
        <translation>Notes sur la stratégie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sour&amp;ces:</source>
        <translation>&amp;Sources :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;g:</source>
        <translation>&amp;Tag :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the policy snippet</source>
        <translation>l&apos;extrait de stratégie</translation>
    </message>
</context>
<context>
    <name>AuthMethod</name>
    <message>
        <location filename="../kubeconfig/AuthMethod.cpp" line="+9"/>
        <source>exec plugin</source>
        <translation>plugin exec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth-provider</source>
        <translation>auth-provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basic</source>
        <translation>basic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>AutostartEntryFile</name>
    <message>
        <location filename="../app/autostart/AutostartEntryFile.cpp" line="+13"/>
        <source>cannot create the folder %1; check its permissions</source>
        <translation>impossible de créer le dossier %1 ; vérifiez ses droits d&apos;accès</translation>
    </message>
</context>
<context>
    <name>AutostartManager</name>
    <message>
        <location filename="../app/AutostartManager.cpp" line="+54"/>
        <source>starting at login is not supported on this system</source>
        <translation>le démarrage à l&apos;ouverture de session n&apos;est pas pris en charge sur ce système</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <location filename="../kubeconfig/BackupStore.cpp" line="+81"/>
        <source>cannot create the backup folder %1; nothing was written: check that %2 is writable</source>
        <translation>impossible de créer le dossier de sauvegarde %1 ; rien n&apos;a été écrit : vérifiez que %2 est accessible en écriture</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write a backup in %1: too many backups this millisecond; nothing was written</source>
        <translation>impossible d&apos;écrire une sauvegarde dans %1 : trop de sauvegardes dans cette milliseconde ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>cannot write the backup %1: %2; nothing was written</source>
        <translation>impossible d&apos;écrire la sauvegarde %1 : %2 ; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <location filename="../proxycore/CertificateFactory.cpp" line="+195"/>
        <source>cannot create a certificate whose validity ends (%1) before it starts (%2)</source>
        <translation>impossible de créer un certificat dont la validité se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create a certificate for &quot;%1&quot;: not a valid DNS name</source>
        <translation>impossible de créer un certificat pour « %1 » : ce n&apos;est pas un nom DNS valide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the issuing certificate authority is unusable (its certificate and key must be PEM and belong together): %1</source>
        <translation>l&apos;autorité de certification émettrice est inutilisable (son certificat et sa clé doivent être au format PEM et aller ensemble) : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot generate an EC P-256 key: %1</source>
        <translation>impossible de générer une clé EC P-256 : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot create the certificate for &quot;%1&quot;: %2</source>
        <translation>impossible de créer le certificat pour « %1 » : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot encode the certificate for &quot;%1&quot; as PEM: %2</source>
        <translation>impossible d&apos;encoder en PEM le certificat pour « %1 » : %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>cannot create the folder %1 for %2</source>
        <translation>impossible de créer le dossier %1 pour %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>cannot restrict the permissions of %1</source>
        <translation>impossible de restreindre les droits d&apos;accès de %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+15"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Try &apos;kubetailor %1 --help&apos;.</source>
        <translation>Essayez &apos;kubetailor %1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+58"/>
        <source>Usage: kubetailor [--minimized]            start the desktop app (window and tray)</source>
        <translation>Usage : kubetailor [--minimized]           démarre l&apos;application de bureau (fenêtre et zone de notification)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>       kubetailor COMMAND [OPTIONS]        run a command without a window</source>
        <translation>        kubetailor COMMANDE [OPTIONS]      exécute une commande sans fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes kubectl through the Tailscale Kubernetes Operator&apos;s API server proxy in
noauth mode: the kubeconfig&apos;s server becomes the proxy&apos;s MagicDNS name, the old
CA goes, and the cloud&apos;s exec plugin keeps authenticating.</source>
        <translation>Fait passer kubectl par le proxy de serveur d&apos;API du Tailscale Kubernetes Operator en
mode noauth : le serveur du kubeconfig devient le nom MagicDNS du proxy, l&apos;ancienne
CA disparaît et le plugin exec du cloud continue d&apos;authentifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not available in this version yet)</source>
        <translation>(pas encore disponible dans cette version)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start the desktop app in the tray</source>
        <translation>démarrer l&apos;application dans la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help; &apos;kubetailor COMMAND --help&apos; for a command</source>
        <translation>afficher cette aide ; &apos;kubetailor COMMANDE --help&apos; pour une commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 done, 1 failed (one line on stderr says what and where), 2 usage error.</source>
        <translation>Code de sortie : 0 terminé, 1 échec (une ligne sur stderr dit quoi et où), 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>kubetailor: unknown command or option &apos;%1&apos;. Try &apos;kubetailor --help&apos;.</source>
        <translation>kubetailor : commande ou option inconnue &apos;%1&apos;. Essayez &apos;kubetailor --help&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This command is not available in this version yet.</source>
        <translation>Cette commande n&apos;est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this command is not available in this version yet</source>
        <translation>cette commande n&apos;est pas encore disponible dans cette version</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <location filename="../app/cli/CommandRegistry.cpp" line="+22"/>
        <source>List every context with its provider, auth method and server</source>
        <translation>Lister tous les contextes avec leur fournisseur, leur méthode d&apos;authentification et leur serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route contexts through the tailnet&apos;s noauth API server proxy</source>
        <translation>Faire passer des contextes par le proxy de serveur d&apos;API noauth du tailnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the remembered routes, apply reverted ones again, or forget one</source>
        <translation>Lister les routes mémorisées, réappliquer celles qui ont été annulées, ou en oublier une</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo kubetailor&apos;s last change, keeping what other programs wrote since</source>
        <translation>Annuler la dernière modification de kubetailor en conservant ce que d&apos;autres programmes ont écrit depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a cloud-generated kubeconfig, renaming clashing names</source>
        <translation>Fusionner un kubeconfig généré par le cloud en renommant les noms en conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch current-context</source>
        <translation>Changer de current-context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename a context</source>
        <translation>Renommer un contexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete a context, and its cluster and user when nothing else uses them</source>
        <translation>Supprimer un contexte, ainsi que son cluster et son utilisateur si rien d&apos;autre ne les utilise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the local noauth forwarder on loopback</source>
        <translation>Exécuter le relais noauth local sur la boucle locale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check DNS, TCP, TLS, the API server and the exec plugin for a context</source>
        <translation>Vérifier le DNS, TCP, TLS, le serveur d&apos;API et le plugin exec d&apos;un contexte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the operator&apos;s noauth setup: Helm, manifest, ProxyGroup, ACL</source>
        <translation>Afficher la configuration noauth de l&apos;opérateur : Helm, manifeste, ProxyGroup, ACL</translation>
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
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET /version</source>
        <translation>GET /version</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>an unnamed issuer</source>
        <translation>un émetteur sans nom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name does not resolve</source>
        <translation>le nom ne se résout pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no TCP connection</source>
        <translation>pas de connexion TCP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no verified TLS connection</source>
        <translation>pas de connexion TLS vérifiée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looking up %1 took longer than %2 s</source>
        <translation>la résolution de %1 a pris plus de %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is this machine&apos;s DNS working? For a .ts.net name, is Tailscale connected?</source>
        <translation>le DNS de cette machine fonctionne-t-il ? Pour un nom .ts.net, Tailscale est-il connecté ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MagicDNS answers for %1 only while Tailscale is connected: check &apos;tailscale status&apos; lists the device, and that the name is spelled as it shows there</source>
        <translation>MagicDNS ne répond pour %1 que lorsque Tailscale est connecté : vérifiez que &apos;tailscale status&apos; liste l&apos;appareil et que le nom est écrit comme il y apparaît</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a short name; use the full MagicDNS name, e.g. %1.tail1234.ts.net (see &apos;tailscale status&apos;)</source>
        <translation>%1 est un nom court ; utilisez le nom MagicDNS complet, par ex. %1.tail1234.ts.net (voir &apos;tailscale status&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the server name in the kubeconfig and this machine&apos;s DNS settings</source>
        <translation>vérifiez le nom du serveur dans le kubeconfig et les réglages DNS de cette machine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not resolve%2</source>
        <translation>%1 ne se résout pas%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an IP address; no lookup needed</source>
        <translation>%1 est une adresse IP ; aucune résolution nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 resolves to %2</source>
        <translation>%1 se résout en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (a tailnet address)</source>
        <translation> (une adresse du tailnet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, which is not a tailnet address</source>
        <translation>, qui n&apos;est pas une adresse du tailnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a .ts.net name should resolve to a 100.64.0.0/10 or fd7a:115c:a1e0::/48 address through MagicDNS; is this machine&apos;s DNS going through Tailscale (tailscale set --accept-dns)?</source>
        <translation>un nom .ts.net devrait se résoudre via MagicDNS en une adresse de 100.64.0.0/10 ou fd7a:115c:a1e0::/48 ; le DNS de cette machine passe-t-il par Tailscale (tailscale set --accept-dns) ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (not a tailnet address: this path does not use the tailnet)</source>
        <translation> (pas une adresse du tailnet : ce chemin n&apos;utilise pas le tailnet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connected to %1 port %2 in %3 ms</source>
        <translation>connecté à %1 port %2 en %3 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer from %1 port %2 within %3 s</source>
        <translation>aucune réponse de %1 port %2 en %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the tailnet ACL may not allow tcp:%1 to this device: grant this user tcp:%1 to the proxy (e.g. tag:k8s-operator) in the tailnet policy file; &apos;tailscale ping %2&apos; tells whether the device is reachable at all</source>
        <translation>l&apos;ACL du tailnet n&apos;autorise peut-être pas tcp:%1 vers cet appareil : accordez à cet utilisateur tcp:%1 vers le proxy (par ex. tag:k8s-operator) dans le fichier de stratégie du tailnet ; &apos;tailscale ping %2&apos; indique si l&apos;appareil est joignable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing listens on %1 (connection refused by %2)</source>
        <translation>rien n&apos;écoute sur %1 (connexion refusée par %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is the operator&apos;s API server proxy enabled (apiServerProxyConfig.mode: noauth) and the port right? The proxy listens on 443</source>
        <translation>le proxy de serveur d&apos;API de l&apos;opérateur est-il activé (apiServerProxyConfig.mode: noauth) et le port est-il le bon ? Le proxy écoute sur 443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is Tailscale connected on this machine (&apos;tailscale status&apos;)?</source>
        <translation>Tailscale est-il connecté sur cette machine (&apos;tailscale status&apos;) ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>certificate for: %1</source>
        <translation>certificat pour : %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>issued by: %1</source>
        <translation>émis par : %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>valid: %1 to %2</source>
        <translation>valide : du %1 au %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the certificate of %1 is for %2, not for %3</source>
        <translation>le certificat de %1 est pour %2, pas pour %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a short name; TLS certificates are issued for the full name, e.g. %2: use https://%2:443 as the server</source>
        <translation>%1 est un nom court ; les certificats TLS sont émis pour le nom complet, par ex. %2 : utilisez https://%2:443 comme serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point the server at the name the certificate is issued for (the proxy&apos;s full MagicDNS name), or check that %1 is the operator&apos;s proxy</source>
        <translation>faites pointer le serveur vers le nom pour lequel le certificat est émis (le nom MagicDNS complet du proxy), ou vérifiez que %1 est bien le proxy de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the certificate of %1 expired on %2</source>
        <translation>le certificat de %1 a expiré le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the proxy did not renew its certificate: check the operator (or ProxyGroup) pod&apos;s logs and that HTTPS certificates are still enabled for the tailnet</source>
        <translation>le proxy n&apos;a pas renouvelé son certificat : consultez les journaux du pod de l&apos;opérateur (ou du ProxyGroup) et vérifiez que les certificats HTTPS sont toujours activés pour le tailnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate of %1 is not valid before %2</source>
        <translation>le certificat de %1 n&apos;est pas valide avant le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check this machine&apos;s clock</source>
        <translation>vérifiez l&apos;horloge de cette machine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate of %1 (issued by %2) is not trusted by this system</source>
        <translation>le certificat de %1 (émis par %2) n&apos;est pas approuvé par ce système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unknown issuer</source>
        <translation>un émetteur inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS certificates may not be enabled for the tailnet: turn them on in the Tailscale admin console (DNS page, HTTPS Certificates), then the proxy gets a Let&apos;s Encrypt certificate; if the server uses a private CA, add it to SSL_CERT_FILE or the system trust store</source>
        <translation>les certificats HTTPS ne sont peut-être pas activés pour le tailnet : activez-les dans la console d&apos;administration Tailscale (page DNS, HTTPS Certificates), le proxy obtient alors un certificat Let&apos;s Encrypt ; si le serveur utilise une CA privée, ajoutez-la à SSL_CERT_FILE ou au magasin de certificats du système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>la négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1 a TLS server (the proxy serves HTTPS on 443)?</source>
        <translation>%1 est-il un serveur TLS (le proxy sert HTTPS sur 443) ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS errors: %1</source>
        <translation>erreurs TLS : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TLS handshake with %1 did not complete within %2 s</source>
        <translation>la négociation TLS avec %1 ne s&apos;est pas terminée en %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is something other than a TLS server listening on %1?</source>
        <translation>quelque chose d&apos;autre qu&apos;un serveur TLS écoute-t-il sur %1 ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expires: %1</source>
        <translation>expire : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol: %1</source>
        <translation>protocole : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate is valid for %1 and trusted (issued by %2, expires %3)</source>
        <translation>le certificat est valide pour %1 et approuvé (émis par %2, expire le %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>; it expires in %n day(s)</source>
        <translation>
            <numerusform>; il expire dans %n jour</numerusform>
            <numerusform>; il expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy renews its certificate before it expires; if it does not, check the operator (or ProxyGroup) pod&apos;s logs</source>
        <translation>le proxy renouvelle son certificat avant son expiration ; sinon, consultez les journaux du pod de l&apos;opérateur (ou du ProxyGroup)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1 the operator&apos;s API server proxy (or an API server)?</source>
        <translation>%1 est-il le proxy de serveur d&apos;API de l&apos;opérateur (ou un serveur d&apos;API) ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no HTTP answer from %1 within %2 s</source>
        <translation>aucune réponse HTTP de %1 en %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the proxy accepted the connection but did not answer; check the operator (or ProxyGroup) pod&apos;s logs</source>
        <translation>le proxy a accepté la connexion mais n&apos;a pas répondu ; consultez les journaux du pod de l&apos;opérateur (ou du ProxyGroup)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered something that is not HTTP: %2</source>
        <translation>%1 a répondu quelque chose qui n&apos;est pas du HTTP : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection without an HTTP answer</source>
        <translation>%1 a fermé la connexion sans réponse HTTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server version: %1</source>
        <translation>version du serveur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 a répondu HTTP %2%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the API server answered: Kubernetes %1</source>
        <translation>le serveur d&apos;API a répondu : Kubernetes %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the API server answered %1 without credentials: the path works; kubectl&apos;s credentials do the rest</source>
        <translation>le serveur d&apos;API a répondu %1 sans identifiants : le chemin fonctionne ; les identifiants de kubectl font le reste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proxy is reachable but could not reach the API server: check the operator (or ProxyGroup) pod&apos;s logs</source>
        <translation>le proxy est joignable mais n&apos;a pas pu joindre le serveur d&apos;API : consultez les journaux du pod de l&apos;opérateur (ou du ProxyGroup)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered HTTP %2 without a Kubernetes version</source>
        <translation>%1 a répondu HTTP %2 sans version de Kubernetes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path works, but the answer is not what an API server gives for /version; is %1 the operator&apos;s API server proxy?</source>
        <translation>le chemin fonctionne, mais la réponse n&apos;est pas celle d&apos;un serveur d&apos;API pour /version ; %1 est-il le proxy de serveur d&apos;API de l&apos;opérateur ?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>skipped: the server is not an https:// URL to probe</source>
        <translation>ignoré : le serveur n&apos;est pas une URL https:// à sonder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not in this machine&apos;s tailnet (%2): check the name, or log in to the tailnet the proxy is in</source>
        <translation>%1 n&apos;est pas dans le tailnet de cette machine (%2) : vérifiez le nom, ou connectez-vous au tailnet où se trouve le proxy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no device named %1 in tailnet %2: is the operator&apos;s proxy running and logged in?</source>
        <translation>aucun appareil nommé %1 dans le tailnet %2 : le proxy de l&apos;opérateur est-il lancé et connecté ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no device named %1 in tailnet %2; devices that look like the proxy: %3</source>
        <translation>aucun appareil nommé %1 dans le tailnet %2 ; appareils qui ressemblent au proxy : %3</translation>
    </message>
</context>
<context>
    <name>ContextEditSession</name>
    <message>
        <location filename="../app/cli/ContextEditSession.cpp" line="+25"/>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>a context name cannot be empty</source>
        <translation>un nom de contexte ne peut pas être vide</translation>
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
        <translation>aucun contexte nommé « %1 » dans %2 ; `kubetailor contexts` les liste</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>no kubeconfig file to write current-context to</source>
        <translation>aucun fichier kubeconfig où écrire current-context</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the new name of context &quot;%1&quot; is empty</source>
        <translation>le nouveau nom du contexte « %1 » est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a context named &quot;%2&quot; exists already; delete it first or choose another name</source>
        <translation>%1 : un contexte nommé « %2 » existe déjà ; supprimez-le d&apos;abord ou choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: no such file; nothing was imported</source>
        <translation>%1 : fichier introuvable ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no kubeconfig file to import into</source>
        <translation>aucun fichier kubeconfig dans lequel importer</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: a %2 named &quot;%3&quot; is defined there already; the local context goes to %4: delete that entry or choose another name</source>
        <translation>%1 : un %2 nommé « %3 » y est déjà défini ; le contexte local va dans %4 : supprimez cette entrée ou choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: context &quot;%2&quot; exists already with another user; delete it or choose another name</source>
        <translation>%1 : le contexte « %2 » existe déjà avec un autre utilisateur ; supprimez-le ou choisissez un autre nom</translation>
    </message>
</context>
<context>
    <name>ContextEntryCheck</name>
    <message>
        <location filename="../kubeconfig/doctor/ContextEntryCheck.cpp" line="+21"/>
        <source>run &apos;kubetailor rewrite --context %1 --fqdn tailscale-operator.&lt;tailnet&gt;.ts.net&apos; (or the GUI&apos;s Route through tailnet)</source>
        <translation>exécutez &apos;kubetailor rewrite --context %1 --fqdn tailscale-operator.&lt;tailnet&gt;.ts.net&apos; (ou « Passer par le tailnet » dans l&apos;interface)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kubeconfig entry</source>
        <translation>entrée du kubeconfig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster %1 in %2</source>
        <translation>cluster %1 dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fix the context&apos;s entries in %1, or fetch the kubeconfig again with the cloud&apos;s CLI</source>
        <translation>corrigez les entrées du contexte dans %1, ou récupérez à nouveau le kubeconfig avec la CLI du cloud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cluster %1 has no server</source>
        <translation>le cluster %1 n&apos;a pas de serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server %1 is not a valid URL</source>
        <translation>le serveur %1 n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server %1 is not https://: kubectl sends no credentials (no token, no exec plugin) to an http:// server</source>
        <translation>le serveur %1 n&apos;est pas en https:// : kubectl n&apos;envoie aucun identifiant (ni jeton, ni plugin exec) à un serveur http://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use https://%1:443 as the server</source>
        <translation>utilisez https://%1:443 comme serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use the Route through tailnet button below: it points the server at the proxy&apos;s full MagicDNS name and removes the old CA</source>
        <translation>utilisez le bouton « Passer par le tailnet » ci-dessous : il fait pointer le serveur vers le nom MagicDNS complet du proxy et retire l&apos;ancienne CA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is an IP address: not routed through the tailnet proxy</source>
        <translation>%1 est une adresse IP : ne passe pas par le proxy du tailnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a short name; TLS certificates are issued for the full name, e.g. %1.tail1234.ts.net</source>
        <translation>%1 est un nom court ; les certificats TLS sont émis pour le nom complet, par ex. %1.tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run &apos;kubetailor rewrite --context %1 --hostname %2&apos; (it asks tailscale for the tailnet&apos;s name)</source>
        <translation>exécutez &apos;kubetailor rewrite --context %1 --hostname %2&apos; (il demande à tailscale le nom du tailnet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a .ts.net name: not routed through the tailnet proxy</source>
        <translation>%1 n&apos;est pas un nom .ts.net : ne passe pas par le proxy du tailnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the old CA is still in the cluster entry (%1): kubectl trusts only that CA and rejects the proxy&apos;s certificate</source>
        <translation>l&apos;ancienne CA est toujours dans l&apos;entrée du cluster (%1) : kubectl ne fait confiance qu&apos;à cette CA et rejette le certificat du proxy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove certificate-authority(-data) from cluster %1 (kubetailor rewrite does)</source>
        <translation>retirez certificate-authority(-data) du cluster %1 (kubetailor rewrite le fait)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tls-server-name %1 is set: kubectl checks the proxy&apos;s certificate against that name, not %2</source>
        <translation>tls-server-name %1 est défini : kubectl vérifie le certificat du proxy par rapport à ce nom, pas à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove tls-server-name from cluster %1</source>
        <translation>retirez tls-server-name du cluster %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>insecure-skip-tls-verify is set: kubectl does not check whom it sends credentials to</source>
        <translation>insecure-skip-tls-verify est défini : kubectl ne vérifie pas à qui il envoie les identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove insecure-skip-tls-verify from cluster %1: the proxy&apos;s certificate is publicly trusted</source>
        <translation>retirez insecure-skip-tls-verify du cluster %1 : le certificat du proxy est approuvé publiquement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>proxy-url %1 is set: traffic goes through that proxy, not straight over the tailnet</source>
        <translation>proxy-url %1 est défini : le trafic passe par ce proxy, pas directement par le tailnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove proxy-url from cluster %1 unless that proxy is meant to be used</source>
        <translation>retirez proxy-url du cluster %1, sauf si ce proxy doit être utilisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a tailnet FQDN; no leftover CA, tls-server-name or insecure-skip-tls-verify</source>
        <translation>%1 est un FQDN du tailnet ; aucune CA, tls-server-name ni insecure-skip-tls-verify résiduel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>exec plugin</source>
        <translation>plugin exec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped: the user entry has no exec plugin (%1)</source>
        <translation>ignoré : l&apos;entrée utilisateur n&apos;a pas de plugin exec (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looked in: %1</source>
        <translation>recherché dans : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>add %1 to PATH (for a desktop session too, e.g. in ~/.profile), or write the full path as the exec command</source>
        <translation>ajoutez %1 au PATH (aussi pour la session de bureau, par ex. dans ~/.profile), ou indiquez le chemin complet comme commande exec</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>install %1 and put it on PATH</source>
        <translation>installez %1 et placez-le dans le PATH</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>auth method</source>
        <translation>méthode d&apos;authentification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the noauth proxy passes its token to the API server unchanged</source>
        <translation>%1 : le proxy noauth transmet son jeton au serveur d&apos;API sans le modifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a bearer token: the noauth proxy passes it unchanged</source>
        <translation>un jeton bearer : le proxy noauth le transmet sans le modifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client certificate only: noauth cannot carry client certificates (the proxy terminates TLS, so the certificate never reaches the API server)</source>
        <translation>certificat client uniquement : noauth ne peut pas transmettre de certificats client (le proxy termine TLS, le certificat n&apos;atteint donc jamais le serveur d&apos;API)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the operator&apos;s auth mode (the proxy then authenticates you by your tailnet identity), or the local forwarder&apos;s passthrough (&apos;kubetailor proxy --context %1 --passthrough&apos;)</source>
        <translation>utilisez le mode auth de l&apos;opérateur (le proxy vous authentifie alors par votre identité sur le tailnet), ou le passthrough du relais local (&apos;kubetailor proxy --context %1 --passthrough&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the operator&apos;s auth mode (the proxy then authenticates you by your tailnet identity), or the Local proxy panel with TCP passthrough for context %1</source>
        <translation>utilisez le mode auth de l&apos;opérateur (le proxy vous authentifie alors par votre identité sur le tailnet), ou le panneau « Proxy local » avec le passthrough TCP pour le contexte %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>legacy auth-provider %1: removed from kubectl since 1.26</source>
        <translation>auth-provider obsolète %1 : retiré de kubectl depuis la 1.26</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetch the kubeconfig again with the cloud&apos;s CLI, which writes an exec plugin (gke-gcloud-auth-plugin, kubelogin)</source>
        <translation>récupérez à nouveau le kubeconfig avec la CLI du cloud, qui écrit un plugin exec (gke-gcloud-auth-plugin, kubelogin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basic auth (username/password): Kubernetes removed it in 1.19</source>
        <translation>authentification basic (nom d&apos;utilisateur/mot de passe) : Kubernetes l&apos;a retirée en 1.19</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the cloud&apos;s exec plugin or a token</source>
        <translation>utilisez le plugin exec du cloud ou un jeton</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the user entry has no credentials: the API server sees an anonymous user and answers 401 or 403</source>
        <translation>l&apos;entrée utilisateur n&apos;a pas d&apos;identifiants : le serveur d&apos;API voit un utilisateur anonyme et répond 401 ou 403</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add the cloud&apos;s exec plugin, e.g. with &apos;gcloud container clusters get-credentials&apos;, &apos;aws eks update-kubeconfig&apos; or &apos;az aks get-credentials&apos;</source>
        <translation>ajoutez le plugin exec du cloud, par ex. avec &apos;gcloud container clusters get-credentials&apos;, &apos;aws eks update-kubeconfig&apos; ou &apos;az aks get-credentials&apos;</translation>
    </message>
</context>
<context>
    <name>ContextRoute</name>
    <message>
        <location filename="../kubeconfig/ContextRoute.cpp" line="+159"/>
        <source>The server %1 is on the tailnet: kubectl goes through it.</source>
        <translation>Le serveur %1 est sur le tailnet : kubectl passe par le tailnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 is on this machine (a local cluster): the tailnet&apos;s proxy cannot reach it.</source>
        <translation>Le serveur %1 est sur cette machine (un cluster local) : le proxy du tailnet ne peut pas le joindre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is a local development cluster (kind, minikube, Docker Desktop, k3d, Rancher Desktop): the tailnet&apos;s proxy cannot reach it.</source>
        <translation>« %1 » est un cluster de développement local (kind, minikube, Docker Desktop, k3d, Rancher Desktop) : le proxy du tailnet ne peut pas le joindre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User &quot;%1&quot; signs in with a client certificate only: a noauth proxy ends TLS and cannot pass the certificate on. Use the operator&apos;s auth mode for this cluster.</source>
        <translation>L&apos;utilisateur « %1 » s&apos;authentifie uniquement par un certificat client : un proxy noauth termine TLS et ne peut pas transmettre le certificat. Utilisez le mode auth de l&apos;opérateur pour ce cluster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kubectl reaches the API server %1 directly; it can go through the tailnet&apos;s proxy.</source>
        <translation>kubectl joint directement le serveur d&apos;API %1 ; il peut passer par le proxy du tailnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>via tailnet</source>
        <translation>via le tailnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct — client certificate: needs auth mode</source>
        <translation>direct — certificat client : nécessite le mode auth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local cluster</source>
        <translation>cluster local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken</source>
        <translation>cassé</translation>
    </message>
</context>
<context>
    <name>ContextsCommand</name>
    <message>
        <location filename="../app/cli/ContextsCommand.cpp" line="+53"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(broken: %1)</source>
        <translation>(cassé : %1)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>ROUTE</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>List every context of the kubeconfig: provider, auth method, server, and its route: via tailnet, direct (a noauth proxy can carry it), direct with a client certificate (needs the operator&apos;s auth mode) or local cluster (* marks the current context).</source>
        <translation>Lister tous les contextes du kubeconfig : fournisseur, méthode d&apos;authentification, serveur et chemin : via le tailnet, direct (un proxy noauth peut le transmettre), direct avec un certificat client (nécessite le mode auth de l&apos;opérateur) ou cluster local (* marque le contexte courant).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print one JSON document instead.</source>
        <translation>Afficher plutôt un document JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output format: wide (every column, nothing cut) or json.</source>
        <translation>Format de sortie : wide (toutes les colonnes, rien de tronqué) ou json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown output format &apos;%1&apos; (use wide or json)</source>
        <translation>format de sortie inconnu &apos;%1&apos; (utilisez wide ou json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No kubeconfig: %1.</source>
        <translation>Aucun kubeconfig : %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No contexts in %1: add a cluster with your cloud&apos;s CLI (%2) or merge a file with `kubetailor import FILE`.</source>
        <translation>Aucun contexte dans %1 : ajoutez un cluster avec la CLI de votre cloud (%2) ou fusionnez un fichier avec `kubetailor import FILE`.</translation>
    </message>
</context>
<context>
    <name>ContextsModel</name>
    <message>
        <location filename="../app/ContextsModel.cpp" line="+58"/>
        <source>current context</source>
        <translation>contexte courant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not current</source>
        <translation>pas courant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
cluster: %2
user: %3
file: %4</source>
        <translation>%1
cluster : %2
utilisateur : %3
fichier : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
namespace: %1</source>
        <translation>
namespace : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>broken: %1</source>
        <translation>cassé : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Current context</source>
        <translation>Contexte courant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>ContextsPanel</name>
    <message>
        <location filename="../app/gui/ContextsPanel.cpp" line="+31"/>
        <source>Filter contexts by name, provider, server... (Ctrl+F)</source>
        <translation>Filtrer les contextes par nom, fournisseur, serveur… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter contexts</source>
        <translation>Filtrer les contextes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contexts</source>
        <translation>Contextes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Import a kubeconfig file...</source>
        <translation>&amp;Importer un fichier kubeconfig…</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Make &amp;current context</source>
        <translation>Définir comme contexte &amp;courant</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../app/cli/DeleteCommand.cpp" line="+18"/>
        <source>Delete CONTEXT, and its cluster and user entries when no other context uses them.</source>
        <translation>Supprimer CONTEXT, ainsi que ses entrées cluster et utilisateur si aucun autre contexte ne les utilise.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted context &quot;%1&quot; from %2.</source>
        <translation>Contexte &quot;%1&quot; supprimé de %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cluster &quot;%1&quot;</source>
        <translation>cluster « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &quot;%1&quot;</source>
        <translation>utilisateur « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also removed %1 (no other context used them).</source>
        <translation>Également supprimé : %1 (aucun autre contexte ne les utilisait).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The context &quot;%1&quot; of %2, which the deleted one shadowed, now takes its place; delete it too with `kubetailor delete %1`.</source>
        <translation>Le contexte &quot;%1&quot; de %2, que le contexte supprimé masquait, prend maintenant sa place ; supprimez-le aussi avec `kubetailor delete %1`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now in effect instead of the removed entries: %1.</source>
        <translation>Désormais en vigueur à la place des entrées supprimées : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was the current context: no context is current now; choose one with `kubetailor use CONTEXT`.</source>
        <translation>C’était le contexte courant : aucun contexte n’est courant maintenant ; choisissez-en un avec `kubetailor use CONTEXT`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was the current context: &quot;%1&quot; is current now; choose another with `kubetailor use CONTEXT`.</source>
        <translation>C’était le contexte courant : &quot;%1&quot; est maintenant courant ; choisissez-en un autre avec `kubetailor use CONTEXT`.</translation>
    </message>
</context>
<context>
    <name>Dns1123</name>
    <message>
        <location filename="../kubeconfig/operator/Dns1123.cpp" line="+16"/>
        <source>%1 is empty; use lower-case letters, digits and &apos;-&apos;, e.g. kube-apiserver</source>
        <translation>%1 est vide ; utilisez des minuscules, des chiffres et &apos;-&apos;, par ex. kube-apiserver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; has %3 characters; a DNS-1123 label has at most %4</source>
        <translation>%1 &apos;%2&apos; comporte %3 caractères ; un label DNS-1123 en a au plus %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use lower case (%1)</source>
        <translation>utilisez des minuscules (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a-z, 0-9 and &apos;-&apos; are allowed</source>
        <translation>seuls a-z, 0-9 et &apos;-&apos; sont autorisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &apos;%2&apos; has &apos;%3&apos; at position %4; %5</source>
        <translation>%1 &apos;%2&apos; contient &apos;%3&apos; à la position %4 ; %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &apos;%2&apos; must start and end with a letter or digit</source>
        <translation>%1 &apos;%2&apos; doit commencer et finir par une lettre ou un chiffre</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <location filename="../app/cli/DoctorCommand.cpp" line="+41"/>
        <source>fix: %1</source>
        <translation>solution : %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check a context&apos;s path through the tailnet: the kubeconfig entry, DNS, TCP, TLS, GET /version, the exec plugin and the auth method.</source>
        <translation>Vérifier le chemin d&apos;un contexte à travers le tailnet : l&apos;entrée du kubeconfig, DNS, TCP, TLS, GET /version, le plugin exec et la méthode d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check NAME instead of the current context.</source>
        <translation>Vérifier NAME au lieu du contexte courant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON document on stdout.</source>
        <translation>Afficher un document JSON sur stdout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also run the exec plugin and check that it prints a token (never shown).</source>
        <translation>Exécuter aussi le plugin exec et vérifier qu&apos;il renvoie un jeton (jamais affiché).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each network step may take (default 5).</source>
        <translation>Secondes que chaque étape réseau peut durer (5 par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tailscale binary asked why a .ts.net name does not resolve (default: tailscale on PATH).</source>
        <translation>Le binaire tailscale interrogé quand un nom .ts.net ne se résout pas (par défaut : tailscale dans le PATH).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout takes seconds between 0 and 600, not &apos;%1&apos;</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 600, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking context %1 (server %2)</source>
        <translation>Vérification du contexte %1 (serveur %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the checks did not finish within %1 s</source>
        <translation>les vérifications ne se sont pas terminées en %1 s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 passed, %2 warned, %3 failed, %4 skipped</source>
        <translation>%1 réussies, %2 avec avertissement, %3 échouées, %4 ignorées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>context %1: %2 failed</source>
        <translation>contexte %1 : %2 a échoué</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../app/gui/DoctorDialog.cpp" line="+18"/>
        <source>kubeconfig entry</source>
        <translation>entrée du kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connect</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET /version</source>
        <translation>GET /version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exec plugin</source>
        <translation>plugin exec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exec credential</source>
        <translation>identifiants exec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auth method</source>
        <translation>méthode d&apos;authentification</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No context is selected and none is current: select one in the table, then check again.</source>
        <translation>Aucun contexte n&apos;est sélectionné et aucun n&apos;est courant : sélectionnez-en un dans le tableau, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no context named &apos;%1&apos; in %2; select one in the table, then check again.</source>
        <translation>aucun contexte nommé &apos;%1&apos; dans %2 ; sélectionnez-en un dans le tableau, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waiting...</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking context %1 (server %2)...</source>
        <translation>Vérification du contexte %1 (serveur %2)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>fix</source>
        <translation>solution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route through tailnet</source>
        <translation>Passer par le tailnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run the plugin</source>
        <translation>Exécuter le plugin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again, this time running the context&apos;s exec plugin (it may open a browser to sign in)</source>
        <translation>Vérifier à nouveau, en exécutant cette fois le plugin exec du contexte (il peut ouvrir un navigateur pour se connecter)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Context %1: %n check(s) failed; see the fix under each.</source>
        <translation>
            <numerusform>Contexte %1 : %n vérification a échoué ; voir la solution en dessous.</numerusform>
            <numerusform>Contexte %1 : %n vérifications ont échoué ; voir la solution sous chacune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Context %1 should work; %n warning(s).</source>
        <translation>
            <numerusform>Le contexte %1 devrait fonctionner ; %n avertissement.</numerusform>
            <numerusform>Le contexte %1 devrait fonctionner ; %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context %1: every check passed.</source>
        <translation>Contexte %1 : toutes les vérifications ont réussi.</translation>
    </message>
</context>
<context>
    <name>DoctorRunner</name>
    <message>
        <location filename="../app/DoctorRunner.cpp" line="+104"/>
        <source>a check is already running</source>
        <translation>une vérification est déjà en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no current context is set in %1: pass --context NAME (kubetailor contexts lists them)</source>
        <translation>aucun contexte courant n&apos;est défini dans %1 : indiquez --context NAME (kubetailor contexts les liste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no context named &apos;%1&apos; in %2: kubetailor contexts lists them</source>
        <translation>aucun contexte nommé &apos;%1&apos; dans %2 : kubetailor contexts les liste</translation>
    </message>
    <message>
        <location line="+108"/>
        <location line="+29"/>
        <source>exec credential</source>
        <translation>identifiants exec</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>skipped: no exec plugin</source>
        <translation>ignoré : aucun plugin exec</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>skipped: pass --run-plugin to run the plugin and check that it prints a token</source>
        <translation>ignoré : indiquez --run-plugin pour exécuter le plugin et vérifier qu&apos;il renvoie un jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: the plugin was not run</source>
        <translation>ignoré : le plugin n&apos;a pas été exécuté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press Run the plugin to run it and check that it prints a token</source>
        <translation>appuyez sur « Exécuter le plugin » pour l&apos;exécuter et vérifier qu&apos;il renvoie un jeton</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skipped: the plugin was not found</source>
        <translation>ignoré : le plugin est introuvable</translation>
    </message>
</context>
<context>
    <name>ExecCredentialRunner</name>
    <message>
        <location filename="../kubeconfig/doctor/ExecCredentialRunner.cpp" line="+22"/>
        <source>exec credential</source>
        <translation>identifiants exec</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>skipped: the plugin asks for a terminal (interactiveMode: Always); run kubectl from a terminal to check it</source>
        <translation>ignoré : le plugin demande un terminal (interactiveMode: Always) ; exécutez kubectl depuis un terminal pour le vérifier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être démarré : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that %1 is an executable program</source>
        <translation>vérifiez que %1 est un programme exécutable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 ne s&apos;est pas terminé en %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin may be waiting for a login in a browser or on a terminal: run kubectl once from a terminal, or log in with the cloud&apos;s CLI</source>
        <translation>le plugin attend peut-être une connexion dans un navigateur ou un terminal : exécutez kubectl une fois depuis un terminal, ou connectez-vous avec la CLI du cloud</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>log in with the cloud&apos;s CLI (gcloud auth login, aws sso login, az login) and run it again</source>
        <translation>connectez-vous avec la CLI du cloud (gcloud auth login, aws sso login, az login) et relancez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed (exit code %2)%3</source>
        <translation>%1 a échoué (code de sortie %2)%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 printed no ExecCredential (kubectl would fail with &apos;decoding stdout&apos;)%2</source>
        <translation>%1 n&apos;a renvoyé aucun ExecCredential (kubectl échouerait avec &apos;decoding stdout&apos;)%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the plugin&apos;s args in the kubeconfig; fetch the kubeconfig again with the cloud&apos;s CLI</source>
        <translation>vérifiez les args du plugin dans le kubeconfig ; récupérez à nouveau le kubeconfig avec la CLI du cloud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered with apiVersion %2, but the kubeconfig asks for %3: kubectl refuses that</source>
        <translation>%1 a répondu avec l&apos;apiVersion %2, mais le kubeconfig demande %3 : kubectl le refuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the exec apiVersion to %1, or update the plugin</source>
        <translation>définissez l&apos;apiVersion d&apos;exec à %1, ou mettez le plugin à jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expires: %1</source>
        <translation>expire : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 printed an ExecCredential with a token that expired at %2</source>
        <translation>%1 a renvoyé un ExecCredential avec un jeton expiré à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 printed an ExecCredential with a token (not shown)</source>
        <translation>%1 a renvoyé un ExecCredential avec un jeton (non affiché)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 printed a client certificate, no token: noauth cannot carry client certificates</source>
        <translation>%1 a renvoyé un certificat client, pas de jeton : noauth ne peut pas transmettre de certificats client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the operator&apos;s auth mode, or the local forwarder&apos;s passthrough</source>
        <translation>utilisez le mode auth de l&apos;opérateur, ou le passthrough du relais local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 printed an ExecCredential without a token</source>
        <translation>%1 a renvoyé un ExecCredential sans jeton</translation>
    </message>
</context>
<context>
    <name>ExecPluginLocator</name>
    <message>
        <location filename="../kubeconfig/doctor/ExecPluginLocator.cpp" line="+144"/>
        <source>no login shell is set (SHELL is empty)</source>
        <translation>aucun shell de connexion n&apos;est défini (SHELL est vide)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the login shell %1 could not be started: %2</source>
        <translation>le shell de connexion %1 n&apos;a pas pu être démarré : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the login shell %1 did not answer within %2 ms</source>
        <translation>le shell de connexion %1 n&apos;a pas répondu en %2 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login shell %1 printed no PATH</source>
        <translation>le shell de connexion %1 n&apos;a renvoyé aucun PATH</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 found at %2</source>
        <translation>%1 trouvé dans %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 found at %2 (PATH)</source>
        <translation>%1 trouvé dans %2 (PATH)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 found at %2, which is not on PATH: kubectl started from this environment will not find it; add %3 to PATH</source>
        <translation>%1 trouvé dans %2, qui n&apos;est pas dans le PATH : kubectl lancé depuis cet environnement ne le trouvera pas ; ajoutez %3 au PATH</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 found at %2 (on the login shell&apos;s PATH, not on this program&apos;s PATH)</source>
        <translation>%1 trouvé dans %2 (dans le PATH du shell de connexion, pas dans celui de ce programme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exec plugin has no command</source>
        <translation>le plugin exec n&apos;a pas de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not found; looked in: %2</source>
        <translation>%1 introuvable ; recherché dans : %2</translation>
    </message>
</context>
<context>
    <name>ForwarderController</name>
    <message>
        <location filename="../app/ForwarderController.cpp" line="+34"/>
        <source>the local proxy for &apos;%1&apos; is still starting; wait until it runs</source>
        <translation>le proxy local pour « %1 » démarre encore ; attendez qu&apos;il tourne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local proxy is still stopping; wait until it stopped</source>
        <translation>le proxy local s&apos;arrête encore ; attendez qu&apos;il soit arrêté</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no context &apos;%1&apos; in %2; reload (F5) and choose another</source>
        <translation>il n&apos;y a pas de contexte &apos;%1&apos; dans %2 ; rechargez (F5) et choisissez-en un autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>context &apos;%1&apos; cannot be used: %2</source>
        <translation>le contexte &apos;%1&apos; ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>there is no context &apos;%1&apos; in %2 any more; reload (F5) and choose another</source>
        <translation>il n&apos;y a plus de contexte « %1 » dans %2 ; rechargez (F5) et choisissez-en un autre</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>adding the local context for &apos;%1&apos;</source>
        <translation>l&apos;ajout du contexte local pour « %1 »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the forwarder was stopped: cannot add the local context for &apos;%1&apos;: %2</source>
        <translation>le relais a été arrêté : impossible d&apos;ajouter le contexte local pour &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>removing the context &apos;%1&apos;</source>
        <translation>la suppression du contexte « %1 »</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot remove the context &apos;%1&apos;: %2; delete it with `kubetailor delete %1`</source>
        <translation>impossible de supprimer le contexte &apos;%1&apos; : %2 ; supprimez-le avec `kubetailor delete %1`</translation>
    </message>
</context>
<context>
    <name>ForwarderPanel</name>
    <message>
        <location filename="../app/gui/ForwarderPanel.cpp" line="+35"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local port</source>
        <translation>Port local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loopback port the forwarder listens on</source>
        <translation>Le port de la boucle locale sur lequel le relais écoute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwarder mode</source>
        <translation>Mode du relais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP: forward and log each request</source>
        <translation>HTTP : relayer et journaliser chaque requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP passthrough: end-to-end TLS (client certificates work)</source>
        <translation>Passthrough TCP : TLS de bout en bout (les certificats client fonctionnent)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kubectl command for the local proxy</source>
        <translation>Commande kubectl pour le proxy local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the proxy to get the kubectl command</source>
        <translation>Démarrez le proxy pour obtenir la commande kubectl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the kubectl command</source>
        <translation>Copier la commande kubectl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Clear lo&amp;g</source>
        <translation>Effacer le &amp;journal</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Keep the -local context after Stop</source>
        <translation>Conser&amp;ver le contexte -local après l&apos;arrêt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Without it, &lt;context&gt;-local is removed from the kubeconfig when the proxy stops or kubetailor quits</source>
        <translation>Sinon, &lt;context&gt;-local est supprimé du kubeconfig quand le proxy s&apos;arrête ou que kubetailor se ferme</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;quests:</source>
        <translation>Re&amp;quêtes :</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Select the context to forward in the table first.</source>
        <translation>Sélectionnez d&apos;abord dans le tableau le contexte à relayer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local proxy did not start: %1</source>
        <translation>Le proxy local n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local proxy for %1 listens on %2; context %3 added</source>
        <translation>Le proxy local pour %1 écoute sur %2 ; contexte %3 ajouté</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Local proxy for %1 stopped, but: %2</source>
        <translation>Proxy local pour %1 arrêté, mais : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local proxy for %1 stopped</source>
        <translation>Proxy local pour %1 arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local proxy for %1 stopped; context %2 removed</source>
        <translation>Proxy local pour %1 arrêté ; contexte %2 supprimé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the kubeconfig is written</source>
        <translation>Attendez que le kubeconfig soit écrit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the local proxy for %1: reading the kubeconfig and adding %1-local…</source>
        <translation>Démarrage du proxy local pour %1 : lecture du kubeconfig et ajout de %1-local…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping: removing %1 from the kubeconfig…</source>
        <translation>Arrêt : suppression de %1 du kubeconfig…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the local proxy</source>
        <translation>Arrêter le proxy local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the local proxy</source>
        <translation>Démarrer le proxy local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forwarding context &lt;b&gt;%1&lt;/b&gt; to %2</source>
        <translation>Relais du contexte &lt;b&gt;%1&lt;/b&gt; vers %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running on %1</source>
        <translation>En cours sur %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a context in the table above to run a local proxy for it.</source>
        <translation>Sélectionnez un contexte dans le tableau ci-dessus pour lancer un proxy local.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context &lt;b&gt;%1&lt;/b&gt;: the proxy listens on 127.0.0.1 and forwards to its server, adding no credentials; kubectl uses the context &lt;b&gt;%1-local&lt;/b&gt;.</source>
        <translation>Contexte &lt;b&gt;%1&lt;/b&gt; : le proxy écoute sur 127.0.0.1 et relaie vers son serveur sans ajouter d&apos;identifiants ; kubectl utilise le contexte &lt;b&gt;%1-local&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;It signs in with a client certificate, which HTTP mode cannot carry&lt;/b&gt; (TLS ends at the proxy, so the API server would see no credentials): choose TCP passthrough.</source>
        <translation>&lt;b&gt;Il s&apos;authentifie par un certificat client, que le mode HTTP ne peut pas transmettre&lt;/b&gt; (TLS s&apos;arrête au proxy, le serveur d&apos;API ne verrait aucun identifiant) : choisissez le passthrough TCP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It signs in with a client certificate, so TCP passthrough is chosen: TLS runs from kubectl to the API server.</source>
        <translation>Il s&apos;authentifie par un certificat client, le passthrough TCP est donc choisi : TLS va de kubectl jusqu&apos;au serveur d&apos;API.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— context %1 is kept but its proxy is not running: kubectl --context %1 will fail until you Start it</source>
        <translation>— le contexte %1 est conservé mais son proxy n&apos;est pas lancé : kubectl --context %1 échouera tant que vous n&apos;aurez pas cliqué sur « Démarrer »</translation>
    </message>
</context>
<context>
    <name>ForwarderServer</name>
    <message>
        <location filename="../proxycore/ForwarderServer.cpp" line="+94"/>
        <source>the local forwarder has all its %1 connections busy (watches, logs -f, exec, requests in flight); try again when one ends, or start it with a higher --max-connections</source>
        <translation>toutes les %1 connexions du relais local sont occupées (watches, logs -f, exec, requêtes en cours) ; réessayez quand l&apos;une d&apos;elles se termine, ou démarrez-le avec un --max-connections plus élevé</translation>
    </message>
</context>
<context>
    <name>ForwarderService</name>
    <message>
        <location filename="../proxycore/ForwarderService.cpp" line="+45"/>
        <source>the upstream must be an https:// URL with a host, e.g. https://tailscale-operator.tail1234.ts.net:443 (got &apos;%1&apos;)</source>
        <translation>l&apos;amont doit être une URL https:// avec un hôte, par ex. https://tailscale-operator.tail1234.ts.net:443 (reçu : &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a loopback address; the forwarder forwards credentials, so it listens on loopback unless remote access is allowed explicitly</source>
        <translation>%1 n&apos;est pas une adresse de boucle locale ; le relais transmet des identifiants, il n&apos;écoute donc que sur la boucle locale sauf si l&apos;accès distant est explicitement autorisé</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the open-file limit is %1: serving at most %2 connections, not %3; raise it (ulimit -n) to serve more</source>
        <translation>la limite de fichiers ouverts est %1 : au plus %2 connexions sont servies, pas %3 ; augmentez-la (ulimit -n) pour en servir davantage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot listen on %1:%2: %3; choose another port with --listen</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3 ; choisissez un autre port avec --listen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>WARNING: the forwarder listens on %1:%2, reachable from other machines. Anyone who reaches it uses the upstream with the credentials they send; the forwarder&apos;s Host check is off.</source>
        <translation>AVERTISSEMENT : le relais écoute sur %1:%2, joignable depuis d&apos;autres machines. Quiconque le joint utilise l&apos;amont avec les identifiants qu&apos;il envoie ; la vérification Host du relais est désactivée.</translation>
    </message>
</context>
<context>
    <name>ForwarderSession</name>
    <message>
        <location filename="../proxycore/ForwarderSession.cpp" line="+53"/>
        <source>the request head did not arrive within %1 s</source>
        <translation>l&apos;en-tête de la requête n&apos;est pas arrivé en %1 s</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 is not supported by the local forwarder</source>
        <translation>%1 n&apos;est pas pris en charge par le relais local</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+317"/>
        <source>the forwarder is stopping</source>
        <translation>le relais s&apos;arrête</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>upstream %1 sent a malformed response: %2</source>
        <translation>l&apos;amont %1 a envoyé une réponse mal formée : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>upstream %1 switched protocols without being asked</source>
        <translation>l&apos;amont %1 a changé de protocole sans qu&apos;on le lui demande</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>upstream %1 closed the connection before the response was complete</source>
        <translation>l&apos;amont %1 a fermé la connexion avant la fin de la réponse</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>the client closed the connection</source>
        <translation>le client a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>FqdnValidator</name>
    <message>
        <location filename="../kubeconfig/tailnet/FqdnValidator.cpp" line="+17"/>
        <source>no host name given; pass the operator&apos;s full MagicDNS name, e.g. tailscale-operator.tail1234.ts.net</source>
        <translation>aucun nom d&apos;hôte indiqué ; indiquez le nom MagicDNS complet de l&apos;opérateur, par ex. tailscale-operator.tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a valid DNS name: longer than 253 characters</source>
        <translation>%1 : nom DNS non valide : plus de 253 caractères</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a valid DNS name: &quot;%2&quot; is not a label of 1 to 63 letters, digits and &apos;-&apos; (not at the start or end); use the operator&apos;s MagicDNS name, e.g. tailscale-operator.tail1234.ts.net</source>
        <translation>%1 : nom DNS non valide : « %2 » n&apos;est pas un label de 1 à 63 lettres, chiffres et &apos;-&apos; (pas au début ni à la fin) ; utilisez le nom MagicDNS de l&apos;opérateur, par ex. tailscale-operator.tail1234.ts.net</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <location filename="../app/gui/GuiLauncher.cpp" line="+64"/>
        <source>cannot open the X display &apos;%1&apos;</source>
        <translation>impossible d&apos;ouvrir l&apos;affichage X &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>aucun affichage trouvé (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini)</translation>
    </message>
</context>
<context>
    <name>GuiModule</name>
    <message>
        <location filename="../app/GuiModule.cpp" line="+53"/>
        <source>kubetailor: cannot load the desktop app&apos;s module %1 (%2). Reinstall kubetailor; the command-line tool works without it: kubetailor --help</source>
        <translation>kubetailor : impossible de charger le module de l&apos;application de bureau %1 (%2). Réinstallez kubetailor ; l&apos;outil en ligne de commande fonctionne sans lui : kubetailor --help</translation>
    </message>
</context>
<context>
    <name>HelmTab</name>
    <message>
        <location filename="../app/gui/operator/HelmTab.cpp" line="+43"/>
        <source>OAuth client ID</source>
        <translation>ID du client OAuth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth client secret</source>
        <translation>Secret du client OAuth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sho&amp;w secret</source>
        <translation>Affic&amp;her le secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the OAuth client secret</source>
        <translation>Afficher le secret du client OAuth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSIX shell (sh, bash, zsh)</source>
        <translation>Shell POSIX (sh, bash, zsh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helm command</source>
        <translation>Commande Helm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Helm command with a placeholder for the secret</source>
        <translation>Copier la commande Helm avec un espace réservé pour le secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cop&amp;y with secret</source>
        <translation>Copier a&amp;vec le secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the Helm command with the secret</source>
        <translation>Copier la commande Helm avec le secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve to keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the OAuth client ID and secret to the keychain</source>
        <translation>Enregistrer l&apos;ID et le secret du client OAuth dans le trousseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loa&amp;d from keychain</source>
        <translation>Char&amp;ger depuis le trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the OAuth client ID and secret from the keychain</source>
        <translation>Charger l&apos;ID et le secret du client OAuth depuis le trousseau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OAuth client &amp;ID:</source>
        <translation>&amp;ID du client OAuth :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth clie&amp;nt secret:</source>
        <translation>Secret du clie&amp;nt OAuth :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shell synta&amp;x:</source>
        <translation>Synta&amp;xe du shell :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Helm notes</source>
        <translation>Notes sur Helm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the Helm command (with a placeholder for the secret)</source>
        <translation>la commande Helm (avec un espace réservé pour le secret)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Helm command with the secret</source>
        <translation>la commande Helm avec le secret</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing to save: enter the OAuth client ID and secret first.</source>
        <translation>Rien à enregistrer : saisissez d&apos;abord l&apos;ID et le secret du client OAuth.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving to the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved in the keychain (service &apos;%1&apos;).</source>
        <translation>Enregistré dans le trousseau (service &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load: %1</source>
        <translation>Impossible de charger : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing stored in the keychain yet (service &apos;%1&apos;).</source>
        <translation>Rien n&apos;est encore enregistré dans le trousseau (service &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded %1 from the keychain.</source>
        <translation>%1 chargé depuis le trousseau.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the OAuth client ID</source>
        <translation>l&apos;ID du client OAuth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OAuth client secret</source>
        <translation>le secret du client OAuth</translation>
    </message>
</context>
<context>
    <name>HttpMessageParser</name>
    <message>
        <location filename="../proxycore/HttpMessageParser.cpp" line="+131"/>
        <source>malformed HTTP message: a header field name is not a token</source>
        <translation>message HTTP mal formé : un nom de champ d&apos;en-tête n&apos;est pas un token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed HTTP message: a header field value holds a control byte</source>
        <translation>message HTTP mal formé : une valeur de champ d&apos;en-tête contient un octet de contrôle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>malformed HTTP message: a header field is folded over several lines</source>
        <translation>message HTTP mal formé : un champ d&apos;en-tête est replié sur plusieurs lignes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed HTTP message: the request&apos;s Transfer-Encoding is not exactly &quot;chunked&quot;, so its length cannot be known</source>
        <translation>message HTTP mal formé : le Transfer-Encoding de la requête n&apos;est pas exactement « chunked », sa longueur ne peut donc pas être connue</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+17"/>
        <source>the header fields exceed %1 bytes</source>
        <translation>les champs d&apos;en-tête dépassent %1 octets</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+5"/>
        <source>malformed HTTP message: %1</source>
        <translation>message HTTP mal formé : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the connection closed in the middle of a message</source>
        <translation>la connexion s&apos;est fermée au milieu d&apos;un message</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <location filename="../proxycore/HttpRequestParser.cpp" line="+24"/>
        <source>the local forwarder speaks HTTP/1.1 (and 1.0) only</source>
        <translation>le relais local ne parle que HTTP/1.1 (et 1.0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed HTTP message: the Connection field names a framing field (Content-Length, Transfer-Encoding or Host)</source>
        <translation>message HTTP mal formé : le champ Connection nomme un champ de délimitation (Content-Length, Transfer-Encoding ou Host)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed HTTP message: an HTTP/1.0 request cannot carry Transfer-Encoding</source>
        <translation>message HTTP mal formé : une requête HTTP/1.0 ne peut pas comporter de Transfer-Encoding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed HTTP message: more than one Transfer-Encoding field</source>
        <translation>message HTTP mal formé : plus d&apos;un champ Transfer-Encoding</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the request&apos;s Transfer-Encoding is not supported: the local forwarder takes only &quot;chunked&quot;</source>
        <translation>le Transfer-Encoding de la requête n&apos;est pas pris en charge : le relais local n&apos;accepte que « chunked »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed HTTP message: the request&apos;s Transfer-Encoding is not exactly &quot;chunked&quot;, so its length cannot be known</source>
        <translation>message HTTP mal formé : le Transfer-Encoding de la requête n&apos;est pas exactement « chunked », sa longueur ne peut donc pas être connue</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+22"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge FILE (e.g. what `gcloud container clusters get-credentials` or `aws eks update-kubeconfig` wrote elsewhere) into your kubeconfig. Names that exist already with other content are renamed NAME-2, NAME-3...; identical entries are not duplicated; relative paths become absolute.</source>
        <translation>Fusionner FILE (par ex. ce que `gcloud container clusters get-credentials` ou `aws eks update-kubeconfig` a écrit ailleurs) dans votre kubeconfig. Les noms déjà présents avec un autre contenu sont renommés NAME-2, NAME-3… ; les entrées identiques ne sont pas dupliquées ; les chemins relatifs deviennent absolus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import into F (default: the first file of KUBECONFIG, else ~/.kube/config).</source>
        <translation>Importer dans F (par défaut : le premier fichier de KUBECONFIG, sinon ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing FILE: the kubeconfig to import</source>
        <translation>FILE manquant : le kubeconfig à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is one of the kubeconfig files already; nothing to import</source>
        <translation>%1 fait déjà partie des fichiers kubeconfig ; rien à importer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to import: everything in %1 is in %2 already.</source>
        <translation>Rien à importer : tout le contenu de %1 est déjà dans %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported %1 into %2.</source>
        <translation>%1 importé dans %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &quot;%2&quot; renamed &quot;%3&quot; (the name was taken)</source>
        <translation>%1 « %2 » renommé « %3 » (le nom était pris)</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../app/KeychainStore.cpp" line="+64"/>
        <source>reading</source>
        <translation>la lecture de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storing</source>
        <translation>l&apos;enregistrement de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleting</source>
        <translation>la suppression de</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing is stored in the keychain under &apos;%1&apos;</source>
        <translation>rien n&apos;est enregistré dans le trousseau sous &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keychain refused %1 &apos;%2&apos; (%3); unlock the keyring and try again</source>
        <translation>le trousseau a refusé %1 &apos;%2&apos; (%3) ; déverrouillez le trousseau et réessayez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no Secret Service (gnome-keyring, KWallet) is running, so %1 &apos;%2&apos; in the keychain failed (%3); start one (e.g. gnome-keyring-daemon --start --components=secrets in a D-Bus session) or pass the value on the command line for this run</source>
        <translation>aucun Secret Service (gnome-keyring, KWallet) n&apos;est lancé, donc %1 &apos;%2&apos; dans le trousseau a échoué (%3) ; lancez-en un (par ex. gnome-keyring-daemon --start --components=secrets dans une session D-Bus) ou passez la valeur en ligne de commande pour cette exécution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the keyring is locked, so %1 &apos;%2&apos; failed (%3); unlock it (e.g. log in to the desktop, or seahorse) and try again</source>
        <translation>le trousseau est verrouillé, donc %1 &apos;%2&apos; a échoué (%3) ; déverrouillez-le (par ex. en ouvrant la session de bureau, ou avec seahorse) et réessayez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &apos;%2&apos; in the keychain failed: %3</source>
        <translation>%1 &apos;%2&apos; dans le trousseau a échoué : %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the keychain module %1 cannot be loaded (%2); reinstall kubetailor</source>
        <translation>le module de trousseau %1 ne peut pas être chargé (%2) ; réinstallez kubetailor</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the keychain did not answer within %1 s while %2 &apos;%3&apos; (service &apos;%4&apos;); no Secret Service may be running, or it waits for an unlock prompt</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s pendant %2 &apos;%3&apos; (service &apos;%4&apos;) ; aucun Secret Service n&apos;est peut-être lancé, ou il attend une demande de déverrouillage</translation>
    </message>
</context>
<context>
    <name>KubeconfigDocument</name>
    <message>
        <location filename="../kubeconfig/KubeconfigDocument.cpp" line="+150"/>
        <source>%1: is a folder, not a kubeconfig file</source>
        <translation>%1 : est un dossier, pas un fichier kubeconfig</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: is not a regular file (a pipe or a device?); point KUBECONFIG or --kubeconfig at a kubeconfig file</source>
        <translation>%1 : n&apos;est pas un fichier ordinaire (un tube ou un périphérique ?) ; faites pointer KUBECONFIG ou --kubeconfig vers un fichier kubeconfig</translation>
    </message>
</context>
<context>
    <name>KubeconfigOptions</name>
    <message>
        <location filename="../app/cli/KubeconfigOptions.cpp" line="+11"/>
        <source>Read only FILE, instead of the KUBECONFIG list or ~/.kube/config.</source>
        <translation>Lire uniquement FILE, au lieu de la liste KUBECONFIG ou de ~/.kube/config.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 does not exist yet: get one from your cloud&apos;s CLI (%2) or merge a file with `kubetailor import FILE`</source>
        <translation>%1 n&apos;existe pas encore : obtenez-en un avec la CLI de votre cloud (%2) ou fusionnez un fichier avec `kubetailor import FILE`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of %1 exists yet: get one from your cloud&apos;s CLI (%2) or merge a file with `kubetailor import FILE`</source>
        <translation>aucun des fichiers %1 n&apos;existe encore : obtenez-en un avec la CLI de votre cloud (%2) ou fusionnez un fichier avec `kubetailor import FILE`</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the file is %2 MB; kubetailor reads kubeconfigs of up to %3 MB (2,000 clusters take about 5 MB): check it is the file you meant</source>
        <translation>%1 : le fichier fait %2 Mo ; kubetailor lit des kubeconfigs jusqu&apos;à %3 Mo (2 000 clusters font environ 5 Mo) : vérifiez qu&apos;il s&apos;agit du bon fichier</translation>
    </message>
</context>
<context>
    <name>KubeconfigSchema</name>
    <message>
        <location filename="../kubeconfig/KubeconfigSchema.cpp" line="+215"/>
        <source>%1: expected a kubeconfig (a mapping with clusters, contexts and users), found %2</source>
        <translation>%1 : kubeconfig attendu (un mapping avec clusters, contexts et users), trouvé : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: current-context must be a context name, found %2</source>
        <translation>%1 : current-context doit être un nom de contexte, trouvé : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: apiVersion &quot;%2&quot; is not a kubeconfig version; kubectl reads only apiVersion: v1 and refuses such a file</source>
        <translation>%1 : apiVersion &quot;%2&quot; n’est pas une version de kubeconfig ; kubectl ne lit que apiVersion: v1 et refuse un tel fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: kind &quot;%2&quot; is not a kubeconfig; kubectl reads only kind: Config and refuses such a file</source>
        <translation>%1 : kind &quot;%2&quot; n’est pas un kubeconfig ; kubectl ne lit que kind: Config et refuse un tel fichier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: expected a list of %2, found %3</source>
        <translation>%1 : liste de %2 attendue, trouvé : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a %2 entry (a mapping with name and %2), found %3</source>
        <translation>%1 : entrée %2 attendue (un mapping avec name et %2), trouvé : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the name of a %2 must be a string, found %3; kubectl refuses such a file: quote the name</source>
        <translation>%1 : le nom d’une entrée (%2) doit être une chaîne, trouvé : %3 ; kubectl refuse un tel fichier : mettez le nom entre guillemets</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+69"/>
        <location line="+11"/>
        <source>a mapping</source>
        <translation>une table de correspondance</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>%1: extension &quot;%2&quot; is listed twice in these extensions (first at line %3); kubectl refuses such a file: remove or rename one of them</source>
        <translation>%1 : l’extension &quot;%2&quot; figure deux fois dans ces extensions (d’abord à la ligne %3) ; kubectl refuse un tel fichier : supprimez ou renommez l’une d’elles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 &quot;%3&quot; is defined twice in this file (first at line %4); kubectl refuses such a file: remove or rename one of them</source>
        <translation>%1 : %2 « %3 » est défini deux fois dans ce fichier (d&apos;abord à la ligne %4) ; kubectl refuse un tel fichier : supprimez ou renommez l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 must be true or false, found %3; kubectl refuses such a file</source>
        <translation>%1 : %2 doit valoir true ou false, trouvé : %3 ; kubectl refuse un tel fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>a list of name/value pairs</source>
        <translation>une liste de paires nom/valeur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 must be a single value, found %3</source>
        <translation>%1 : %2 doit être une valeur unique, trouvé : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 must be a string, found %3; kubectl refuses such a file: quote the value (&quot;%4&quot;)</source>
        <translation>%1 : %2 doit être une chaîne, trouvé : %3 ; kubectl refuse un tel fichier : mettez la valeur entre guillemets (&quot;%4&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>base64 text</source>
        <translation>du texte base64</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not valid base64; kubectl refuses such a file: copy the value again from where it came, or remove the field</source>
        <translation>%1 : %2 n’est pas du base64 valide ; kubectl refuse un tel fichier : recopiez la valeur depuis sa source ou supprimez le champ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>a list of extensions</source>
        <translation>une liste d’extensions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 must be %3, found %4</source>
        <translation>%1 : %2 doit être %3, trouvé : %4</translation>
    </message>
</context>
<context>
    <name>KubeconfigService</name>
    <message>
        <location filename="../app/KubeconfigService.cpp" line="+453"/>
        <source>%1 did not run</source>
        <translation>%1 n&apos;a pas été exécuté</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>nothing to undo: %1 no longer has kubetailor&apos;s last change (another program wrote those entries as they were before)</source>
        <translation>rien à annuler : %1 ne contient plus la dernière modification de kubetailor (un autre programme a réécrit ces entrées telles qu&apos;elles étaient avant)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing to undo: no backup of %1 was found in %2</source>
        <translation>rien à annuler : aucune sauvegarde de %1 trouvée dans %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 was removed</source>
        <translation>%1 a été supprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was changed</source>
        <translation>%1 a été modifié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was added</source>
        <translation>%1 a été ajouté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>current context is now %1</source>
        <translation>le contexte courant est maintenant %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was changed by another program (no context changed)</source>
        <translation>%1 a été modifié par un autre programme (aucun contexte modifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program: %2</source>
        <translation>%1 a été modifié par un autre programme : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 goes direct again: its cluster entry was changed by another program</source>
        <translation>%1 passe de nouveau en direct : son entrée cluster a été modifiée par un autre programme</translation>
    </message>
</context>
<context>
    <name>KubeconfigSet</name>
    <message>
        <location filename="../kubeconfig/KubeconfigSet.cpp" line="+199"/>
        <source>context &quot;%1&quot; has no context: section</source>
        <translation>le contexte « %1 » n&apos;a pas de section context:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>context &quot;%1&quot; names no cluster</source>
        <translation>le contexte « %1 » ne nomme aucun cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context &quot;%1&quot; refers to cluster &quot;%2&quot;, which no kubeconfig file defines</source>
        <translation>le contexte « %1 » fait référence au cluster « %2 », qu&apos;aucun fichier kubeconfig ne définit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster &quot;%1&quot; has no cluster: section</source>
        <translation>le cluster « %1 » n&apos;a pas de section cluster:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>context &quot;%1&quot; refers to user &quot;%2&quot;, which no kubeconfig file defines</source>
        <translation>le contexte « %1 » fait référence à l&apos;utilisateur « %2 », qu&apos;aucun fichier kubeconfig ne définit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
</context>
<context>
    <name>KubeconfigSplicer</name>
    <message>
        <location filename="../kubeconfig/KubeconfigSplicer.cpp" line="+142"/>
        <source>written whole: %1</source>
        <translation>écrit en entier : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whole file written in kubectl&apos;s layout: an edit could not be made in place</source>
        <translation>le fichier entier écrit dans la mise en forme de kubectl : une modification n’a pas pu être faite sur place</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <location filename="../app/autostart/LaunchAgentAutostart.cpp" line="+65"/>
        <source>cannot write the login item %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;élément d&apos;ouverture de session %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove the login item %1: %2</source>
        <translation>impossible de supprimer l&apos;élément d&apos;ouverture de session %1 : %2</translation>
    </message>
</context>
<context>
    <name>LoopbackCertificate</name>
    <message>
        <location filename="../proxycore/LoopbackCertificate.cpp" line="+102"/>
        <source>cannot create the folder %1 for the forwarder&apos;s certificate</source>
        <translation>impossible de créer le dossier %1 pour le certificat du relais</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the forwarder&apos;s certificate in %1 cannot be loaded</source>
        <translation>le certificat du relais dans %1 ne peut pas être chargé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+54"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubetailor</source>
        <translation>kubetailor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Route through tailnet</source>
        <translation>&amp;Passer par le tailnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Local proxy</source>
        <translation>Proxy &amp;local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point the selected contexts at the Tailscale operator&apos;s noauth API server proxy</source>
        <translation>Diriger les contextes sélectionnés vers le proxy de serveur d&apos;API noauth de l&apos;opérateur Tailscale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator set&amp;up</source>
        <translation>Config&amp;uration de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a forwarder on 127.0.0.1 for the selected context</source>
        <translation>Exécuter un relais sur 127.0.0.1 pour le contexte sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the Tailscale Kubernetes Operator with the API server proxy in noauth mode</source>
        <translation>Installer le Tailscale Kubernetes Operator avec le proxy de serveur d&apos;API en mode noauth</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+15"/>
        <source>Could not read the kubeconfig: %1 — fix the file, then reload (F5)</source>
        <translation>Impossible de lire le kubeconfig : %1 — corrigez le fichier, puis rechargez (F5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open kubeconfig...</source>
        <translation>&amp;Ouvrir un kubeconfig…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the contexts of other kubeconfig files alongside</source>
        <translation>Afficher aussi les contextes d&apos;autres fichiers kubeconfig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import kubeconfig...</source>
        <translation>&amp;Importer un kubeconfig…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a cloud-generated kubeconfig into %1</source>
        <translation>Fusionner un kubeconfig généré par le cloud dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filter contexts</source>
        <translation>&amp;Filtrer les contextes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check connection...</source>
        <translation>&amp;Vérifier la connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check DNS, TCP, TLS, the API server and the exec plugin for the selected context</source>
        <translation>Vérifier le DNS, TCP, TLS, le serveur d&apos;API et le plugin exec du contexte sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Operator setup</source>
        <translation>Configuration de l&apos;&amp;opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the Tailscale operator with the noauth API server proxy</source>
        <translation>Installer l&apos;opérateur Tailscale avec le proxy de serveur d&apos;API noauth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;minimized in the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at &amp;login</source>
        <translation>Démarrer à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change the start at login: %1</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubetailor starts in the tray at login (%1)</source>
        <translation>kubetailor démarre dans la zone de notification à l&apos;ouverture de session (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kubetailor no longer starts at login</source>
        <translation>kubetailor ne démarre plus à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About kubetailor</source>
        <translation>À &amp;propos de kubetailor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About kubetailor</source>
        <translation>À propos de kubetailor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kubetailor %1

Routes kubectl through the Tailscale Kubernetes Operator&apos;s API server proxy in noauth mode: the kubeconfig&apos;s server becomes the proxy&apos;s MagicDNS name, the old CA goes, and the cloud&apos;s exec plugin keeps authenticating.</source>
        <translation>kubetailor %1

Fait passer kubectl par le proxy de serveur d&apos;API du Tailscale Kubernetes Operator en mode noauth : le serveur du kubeconfig devient le nom MagicDNS du proxy, l&apos;ancienne CA disparaît et le plugin exec du cloud continue d&apos;authentifier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When a cloud CLI &amp;reverts a route</source>
        <translation>Quand une CLI de cloud &amp;annule une route</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply it again</source>
        <translation>&amp;Réappliquer la route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As&amp;k first</source>
        <translation>&amp;Demander d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do nothing</source>
        <translation>&amp;Ne rien faire</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No system tray was found: closing this window quits kubetailor (and stops a running local proxy).</source>
        <translation>Aucune zone de notification trouvée : fermer cette fenêtre quitte kubetailor (et arrête un proxy local en cours).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open kubeconfig files</source>
        <translation>Ouvrir des fichiers kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Kubeconfig files (*.yaml *.yml *.json config*);;All files (*)</source>
        <translation>Fichiers kubeconfig (*.yaml *.yml *.json config*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Showing %1 alongside; rewrites change each context in its own file</source>
        <translation>%1 est affiché en parallèle ; les réécritures modifient chaque contexte dans son propre fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a kubeconfig</source>
        <translation>Importer un kubeconfig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the contexts of %1 into %2?

Yes: merge (a name that already exists gets a -2 suffix; a backup of %2 is saved first).
No: keep it separate and only show it alongside.</source>
        <translation>Fusionner les contextes de %1 dans %2 ?

Oui : fusionner (un nom qui existe déjà reçoit le suffixe -2 ; une sauvegarde de %2 est d&apos;abord enregistrée).
Non : le garder séparé et seulement l&apos;afficher en parallèle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing %1 alongside %2</source>
        <translation>%1 affiché en parallèle de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 into %2 — backup saved</source>
        <translation>%1 importé dans %2 — sauvegarde enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 into %2 with renames: %3 — backup saved</source>
        <translation>%1 importé dans %2 avec des renommages : %3 — sauvegarde enregistrée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 context from %2</source>
        <translation>%1 contexte de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contexts from %2</source>
        <translation>%1 contextes de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h3&gt;No contexts yet&lt;/h3&gt;&lt;p&gt;%1 has no contexts. Add a cluster with your cloud&apos;s CLI:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun contexte pour l&apos;instant&lt;/h3&gt;&lt;p&gt;%1 n&apos;a aucun contexte. Ajoutez un cluster avec la CLI de votre cloud :&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;No kubeconfig yet&lt;/h3&gt;&lt;p&gt;%1 does not exist yet, so kubectl has no cluster to reach. Get one from your cloud&apos;s CLI:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de kubeconfig&lt;/h3&gt;&lt;p&gt;%1 n&apos;existe pas encore, kubectl n&apos;a donc aucun cluster à joindre. Obtenez-en un avec la CLI de votre cloud :&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;or merge a kubeconfig file with &lt;b&gt;File → Import kubeconfig...&lt;/b&gt; (Ctrl+I). The list fills in as soon as the file has contexts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ou fusionnez un fichier kubeconfig avec &lt;b&gt;Fichier → Importer un kubeconfig…&lt;/b&gt; (Ctrl+I). La liste se remplit dès que le fichier contient des contextes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restored %1 as it was before kubetailor&apos;s last change; what other programs wrote since stays</source>
        <translation>%1 restauré tel qu&apos;il était avant la dernière modification de kubetailor ; ce que d&apos;autres programmes ont écrit depuis est conservé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — Undo is off: it would lose the change to %2</source>
        <translation>%1 — Annuler est désactivé : cela ferait perdre la modification de %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot check a connection: %1</source>
        <translation>Impossible de vérifier une connexion : %1</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Imported with renames</source>
        <translation>Importé avec des renommages</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Undo kubetailor&apos;s last change of %1 (what other programs wrote since stays)</source>
        <translation>Annuler la dernière modification de %1 par kubetailor (ce que d&apos;autres programmes ont écrit depuis est conservé)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>These names already existed in %1 with other content, so the imported entries were renamed:

%2</source>
        <translation>Ces noms existaient déjà dans %1 avec un autre contenu, les entrées importées ont donc été renommées :

%2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Reloaded: %1</source>
        <translation>Rechargé : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo failed: %1</source>
        <translation>L&apos;annulation a échoué : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not switch to %1: %2</source>
        <translation>Impossible de passer à %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current context is now %1</source>
        <translation>Le contexte courant est maintenant %1</translation>
    </message>
</context>
<context>
    <name>ManifestsCommand</name>
    <message>
        <location filename="../app/cli/ManifestsCommand.cpp" line="+40"/>
        <source>The OAuth client ID (default: the one in the keychain, else a placeholder).</source>
        <translation>L&apos;ID du client OAuth (par défaut : celui du trousseau, sinon un espace réservé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OAuth client secret; printed into the command (default: a placeholder).</source>
        <translation>Le secret du client OAuth ; écrit dans la commande (par défaut : un espace réservé).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the OAuth client secret from the keychain (shown masked unless --show-secret).</source>
        <translation>Prendre le secret du client OAuth dans le trousseau (affiché masqué sauf avec --show-secret).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store --client-id and --client-secret in the keychain for next time.</source>
        <translation>Enregistrer --client-id et --client-secret dans le trousseau pour la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the secret from the keychain in clear.</source>
        <translation>Afficher en clair le secret du trousseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHELL</source>
        <translation>SHELL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>static: print only the kubectl set env command.</source>
        <translation>static : afficher seulement la commande kubectl set env.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyGroup name (default kube-apiserver).</source>
        <translation>Nom du ProxyGroup (kube-apiserver par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyGroup replicas (default 2).</source>
        <translation>Réplicas du ProxyGroup (2 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy&apos;s tailnet host name (default: the ProxyGroup name).</source>
        <translation>Le nom d&apos;hôte du proxy sur le tailnet (par défaut : le nom du ProxyGroup).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may reach the proxy; repeat for several (default autogroup:member).</source>
        <translation>Qui peut joindre le proxy ; à répéter pour plusieurs (autogroup:member par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy&apos;s tag (default tag:k8s-operator).</source>
        <translation>Le tag du proxy (tag:k8s-operator par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--%1 does not apply to &apos;manifests %2&apos;</source>
        <translation>--%1 ne s&apos;applique pas à &apos;manifests %2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the Tailscale Kubernetes Operator&apos;s setup for the API server proxy in noauth mode, filled in:
  helm        the helm upgrade --install command
  static      the APISERVER_PROXY env entry for the operator Deployment
  proxygroup  a ProxyGroup of type kube-apiserver in noauth mode
  acl         a tailnet policy grant to reach the proxy on tcp:443</source>
        <translation>Afficher, préremplie, la configuration du Tailscale Kubernetes Operator pour le proxy de serveur d&apos;API en mode noauth :
  helm        la commande helm upgrade --install
  static      l&apos;entrée env APISERVER_PROXY pour le Deployment de l&apos;opérateur
  proxygroup  un ProxyGroup de type kube-apiserver en mode noauth
  acl         une règle (grant) de stratégie du tailnet pour joindre le proxy sur tcp:443</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>helm, static, proxygroup or acl.</source>
        <translation>helm, static, proxygroup ou acl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say which: helm, static, proxygroup or acl</source>
        <translation>précisez lequel : helm, static, proxygroup ou acl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one kind at a time; unexpected &apos;%1&apos;</source>
        <translation>un seul type à la fois ; inattendu : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unknown kind &apos;%1&apos;; use helm, static, proxygroup or acl</source>
        <translation>type inconnu &apos;%1&apos; ; utilisez helm, static, proxygroup ou acl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--client-secret and --secret-from-keychain exclude each other</source>
        <translation>--client-secret et --secret-from-keychain s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--store-secret needs --client-secret or --client-id</source>
        <translation>--store-secret nécessite --client-secret ou --client-id</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown shell &apos;%1&apos;; use posix or powershell</source>
        <translation>shell inconnu &apos;%1&apos; ; utilisez posix ou powershell</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1; using the placeholder %2</source>
        <translation>%1 ; utilisation de l&apos;espace réservé %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>no OAuth client secret is stored in the keychain; store one with &apos;kubetailor manifests helm --client-secret SECRET --store-secret&apos;</source>
        <translation>aucun secret de client OAuth n&apos;est enregistré dans le trousseau ; enregistrez-en un avec &apos;kubetailor manifests helm --client-secret SECRET --store-secret&apos;</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Quote for this shell: posix or powershell (default: powershell on Windows, else posix).</source>
        <translation>Citer pour ce shell : posix ou powershell (par défaut : powershell sous Windows, sinon posix).</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Stored in the keychain (service &apos;%1&apos;); next time: kubetailor manifests helm --secret-from-keychain</source>
        <translation>Enregistré dans le trousseau (service &apos;%1&apos;) ; la prochaine fois : kubetailor manifests helm --secret-from-keychain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add --store-secret once to keep the secret in the keychain; then --secret-from-keychain keeps it out of your shell history.</source>
        <translation>Ajoutez une fois --store-secret pour garder le secret dans le trousseau ; ensuite --secret-from-keychain le tient hors de l&apos;historique de votre shell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret is masked; add --show-secret to print it.</source>
        <translation>Le secret est masqué ; ajoutez --show-secret pour l&apos;afficher.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Or, on a running operator (or: kubetailor manifests static --kubectl):</source>
        <translation>Ou, sur un opérateur en cours d&apos;exécution (ou : kubetailor manifests static --kubectl) :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--replicas &apos;%1&apos; is not a whole number</source>
        <translation>--replicas &apos;%1&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply with: kubectl apply -f proxygroup.yaml (the operator must be installed first).</source>
        <translation>Appliquez avec : kubectl apply -f proxygroup.yaml (l&apos;opérateur doit d&apos;abord être installé).</translation>
    </message>
</context>
<context>
    <name>ModulePaths</name>
    <message>
        <location filename="../app/ModulePaths.cpp" line="+50"/>
        <source>not found in %1</source>
        <translation>introuvable dans %1</translation>
    </message>
</context>
<context>
    <name>OperatorSetupPage</name>
    <message>
        <location filename="../app/gui/OperatorSetupPage.cpp" line="+22"/>
        <source>Operator setup</source>
        <translation>Configuration de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the Tailscale Kubernetes Operator with the API server proxy in noauth mode. Before: HTTPS enabled for the tailnet, and a policy letting you reach the proxy on tcp:443 (ACL tab).</source>
        <translation>Installer le Tailscale Kubernetes Operator avec le proxy de serveur d&apos;API en mode noauth. Au préalable : HTTPS activé pour le tailnet, et une stratégie qui vous permet de joindre le proxy sur tcp:443 (onglet ACL).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Installation methods</source>
        <translation>Méthodes d&apos;installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hel&amp;m</source>
        <translation>Hel&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Static manifests</source>
        <translation>Manifestes &amp;statiques</translation>
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
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>OperatorSnippets</name>
    <message>
        <location filename="../kubeconfig/operator/OperatorSnippets.cpp" line="+72"/>
        <source>the OAuth client ID is empty; give the ID of the OAuth client you created for the operator (admin console, Settings &gt; OAuth clients)</source>
        <translation>l&apos;ID du client OAuth est vide ; indiquez l&apos;ID du client OAuth créé pour l&apos;opérateur (console d&apos;administration, Settings &gt; OAuth clients)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth client secret is empty; give the secret shown when the OAuth client was created, or leave it out for a placeholder</source>
        <translation>le secret du client OAuth est vide ; indiquez le secret affiché à la création du client OAuth, ou omettez-le pour un espace réservé</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Before: add the chart repository once: helm repo add tailscale https://pkgs.tailscale.com/helmcharts &amp;&amp; helm repo update</source>
        <translation>Au préalable, ajoutez une fois le dépôt de charts : helm repo add tailscale https://pkgs.tailscale.com/helmcharts &amp;&amp; helm repo update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OAuth client needs the Devices Core, Auth Keys and Services write scopes and the tag tag:k8s-operator (admin console, Settings &gt; OAuth clients).</source>
        <translation>Le client OAuth a besoin des scopes en écriture Devices Core, Auth Keys et Services et du tag tag:k8s-operator (console d&apos;administration, Settings &gt; OAuth clients).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ProxyGroup name</source>
        <translation>Le nom du ProxyGroup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replicas is %1; a ProxyGroup needs at least 1 replica (2 or more for high availability)</source>
        <translation>replicas vaut %1 ; un ProxyGroup nécessite au moins 1 réplica (2 ou plus pour la haute disponibilité)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy hostname</source>
        <translation>Le nom d&apos;hôte du proxy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a tag; tags look like tag:k8s-operator</source>
        <translation>&apos;%1&apos; n&apos;est pas un tag ; les tags ressemblent à tag:k8s-operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag &apos;%1&apos;: after &apos;tag:&apos; use letters, digits and &apos;-&apos;, starting with a letter, e.g. tag:k8s-operator</source>
        <translation>tag &apos;%1&apos; : après &apos;tag:&apos; utilisez des lettres, des chiffres et &apos;-&apos;, en commençant par une lettre, par ex. tag:k8s-operator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an empty source; use e.g. autogroup:member, group:sre or alice@example.com</source>
        <translation>une source vide ; utilisez par ex. autogroup:member, group:sre ou alice@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &apos;%1&apos; contains &apos;%2&apos;; give one user, group, tag or address per --src</source>
        <translation>la source &apos;%1&apos; contient &apos;%2&apos; ; indiquez un utilisateur, groupe, tag ou adresse par --src</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source &apos;%1&apos; has no name after &apos;%2&apos;</source>
        <translation>la source &apos;%1&apos; n&apos;a pas de nom après &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no sources; name who may reach the proxy, e.g. autogroup:member</source>
        <translation>aucune source ; indiquez qui peut joindre le proxy, par ex. autogroup:member</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Merge these entries into your tailnet policy file (admin console &gt; Access controls); keep your existing tagOwners, grants and acls.</source>
        <translation>Fusionnez ces entrées dans le fichier de stratégie de votre tailnet (console d&apos;administration &gt; Access controls) ; conservez vos tagOwners, grants et acls existants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable HTTPS for the tailnet (admin console &gt; DNS &gt; HTTPS Certificates, with MagicDNS on): the proxy serves a MagicDNS certificate for its full name.</source>
        <translation>Activez HTTPS pour le tailnet (console d&apos;administration &gt; DNS &gt; HTTPS Certificates, avec MagicDNS activé) : le proxy sert un certificat MagicDNS pour son nom complet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next: route a kubeconfig context through the proxy: kubetailor rewrite --context &lt;context&gt; --fqdn %1.%2</source>
        <translation>Ensuite : faites passer un contexte du kubeconfig par le proxy : kubetailor rewrite --context &lt;context&gt; --fqdn %1.%2</translation>
    </message>
</context>
<context>
    <name>OptionalValueArguments</name>
    <message>
        <location filename="../app/cli/OptionalValueArguments.cpp" line="+43"/>
        <source>&apos;%1&apos; after %2 is not an option of this command; a name that starts with &apos;-&apos; is given as %2=%1</source>
        <translation>&apos;%1&apos; après %2 n&apos;est pas une option de cette commande ; un nom qui commence par &apos;-&apos; s&apos;écrit %2=%1</translation>
    </message>
</context>
<context>
    <name>PassthroughTunnel</name>
    <message>
        <location filename="../proxycore/PassthroughTunnel.cpp" line="+34"/>
        <location line="+12"/>
        <source>the client closed the connection</source>
        <translation>le client a fermé la connexion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the forwarder stopped</source>
        <translation>le relais s&apos;est arrêté</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../kubeconfig/Provider.cpp" line="+19"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>ProxyCandidates</name>
    <message>
        <location filename="../kubeconfig/tailnet/ProxyCandidates.cpp" line="+80"/>
        <source>%1 (typed before)</source>
        <translation>%1 (déjà saisi)</translation>
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
        <translation>Exécuter le relais noauth local : kubectl parle TLS à une adresse de boucle locale, le relais envoie chaque requête inchangée (identifiants compris, rien d&apos;ajouté) par TLS vérifié vers l&apos;amont. Arrêt avec Ctrl+C.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward to this context&apos;s server and add a context NAME-local for the forwarder.</source>
        <translation>Relayer vers le serveur de ce contexte et ajouter un contexte NAME-local pour le relais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward to this https:// URL.</source>
        <translation>Relayer vers cette URL https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen here (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>Écouter ici (127.0.0.1:8443 par défaut ; le port 0 en choisit un libre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also trust the CA certificates in F for the upstream.</source>
        <translation>Approuver aussi les certificats de CA de F pour l&apos;amont.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tunnel TCP instead: TLS runs end to end (client certificates work).</source>
        <translation>Tunneliser TCP à la place : TLS de bout en bout (les certificats client fonctionnent).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow a non-loopback listen address (others could use your credentials&apos; requests).</source>
        <translation>Autoriser une adresse d&apos;écoute hors boucle locale (d&apos;autres pourraient utiliser les requêtes portant vos identifiants).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve at most N client connections at once (default 128; each open watch or logs -f holds one).</source>
        <translation>Servir au plus N connexions client à la fois (128 par défaut ; chaque watch ou logs -f ouvert en occupe une).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the NAME-local context when the proxy exits (by default it is removed: it would point at a closed port).</source>
        <translation>Conserver le contexte NAME-local quand le proxy se termine (par défaut il est supprimé : il pointerait vers un port fermé).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give either --context NAME or --upstream URL</source>
        <translation>indiquez soit --context NAME soit --upstream URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--keep-context goes with --context</source>
        <translation>--keep-context va avec --context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--kubeconfig goes with --context</source>
        <translation>--kubeconfig va avec --context</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--listen takes ADDR:PORT, e.g. 127.0.0.1:8443 (got &apos;%1&apos;)</source>
        <translation>--listen attend ADDR:PORT, par ex. 127.0.0.1:8443 (reçu : &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-connections takes a number from 1 to 100000 (got &apos;%1&apos;)</source>
        <translation>--max-connections attend un nombre de 1 à 100000 (reçu : &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no context named &quot;%1&quot; in %2; `kubetailor contexts` lists them</source>
        <translation>aucun contexte nommé « %1 » dans %2 ; `kubetailor contexts` les liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>context &quot;%1&quot; in %2: </source>
        <translation>contexte « %1 » dans %2 : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the upstream must be an https:// URL with a host, e.g. https://tailscale-operator.tail1234.ts.net:443 (got &apos;%1&apos;)</source>
        <translation>l&apos;amont doit être une URL https:// avec un hôte, par ex. https://tailscale-operator.tail1234.ts.net:443 (reçu : &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>internal error: no application event loop</source>
        <translation>erreur interne : pas de boucle d&apos;événements de l&apos;application</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forwarding %1 to %2 (%3).</source>
        <translation>Relais de %1 vers %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>http mode: TLS on loopback, requests sent unchanged, no credentials added</source>
        <translation>mode http : TLS sur la boucle locale, requêtes envoyées inchangées, aucun identifiant ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passthrough mode: TLS end to end</source>
        <translation>mode passthrough : TLS de bout en bout</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Context &quot;%1&quot; in %2 points at the forwarder (same user entry &quot;%3&quot;).</source>
        <translation>Le contexte « %1 » dans %2 pointe vers le relais (même entrée utilisateur « %3 »).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each request is logged on stderr. Stop with Ctrl+C.</source>
        <translation>Chaque requête est journalisée sur stderr. Arrêt avec Ctrl+C.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kubetailor proxy: stopping (%1)</source>
        <translation>kubetailor proxy : arrêt (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot remove the context &quot;%1&quot;: %2; delete it with `kubetailor delete %1`</source>
        <translation>impossible de supprimer le contexte « %1 » : %2 ; supprimez-le avec `kubetailor delete %1`</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kubetailor proxy: context &quot;%1&quot; removed</source>
        <translation>kubetailor proxy : contexte « %1 » supprimé</translation>
    </message>
</context>
<context>
    <name>ProxyGroupTab</name>
    <message>
        <location filename="../app/gui/operator/ProxyGroupTab.cpp" line="+21"/>
        <source>ProxyGroup name</source>
        <translation>Nom du ProxyGroup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy hostname</source>
        <translation>Nom d&apos;hôte du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ProxyGroup name</source>
        <translation>le nom du ProxyGroup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyGroup manifest</source>
        <translation>Manifeste du ProxyGroup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ProxyGroup error</source>
        <translation>Erreur du ProxyGroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y manifest</source>
        <translation>Cop&amp;ier le manifeste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the ProxyGroup manifest</source>
        <translation>Copier le manifeste du ProxyGroup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repl&amp;icas:</source>
        <translation>&amp;Réplicas :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;ostname:</source>
        <translation>Nom d&apos;&amp;hôte :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the ProxyGroup manifest</source>
        <translation>le manifeste du ProxyGroup</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="-31"/>
        <location line="+3"/>
        <source>Usage: %1</source>
        <translation>Usage : %1</translation>
    </message>
</context>
<context>
    <name>RegistryAutostart</name>
    <message>
        <location filename="../app/autostart/RegistryAutostart.cpp" line="+47"/>
        <source>cannot write the registry value %1; check the permissions of that key</source>
        <translation>impossible d&apos;écrire la valeur de registre %1 ; vérifiez les droits d&apos;accès de cette clé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot remove the registry value %1; check the permissions of that key</source>
        <translation>impossible de supprimer la valeur de registre %1 ; vérifiez les droits d&apos;accès de cette clé</translation>
    </message>
</context>
<context>
    <name>RenameCommand</name>
    <message>
        <location filename="../app/cli/RenameCommand.cpp" line="+17"/>
        <source>Rename context OLD to NEW (current-context follows).</source>
        <translation>Renommer le contexte OLD en NEW (current-context suit).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renamed context &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Contexte « %1 » renommé en « %2 ».</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <location filename="../proxycore/RequestGuard.cpp" line="+72"/>
        <source>(not shown)</source>
        <translation>(non affiché)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>requests from a web page (Origin: %1) are refused by the local forwarder; use kubectl</source>
        <translation>les requêtes provenant d&apos;une page web (Origin: %1) sont refusées par le relais local ; utilisez kubectl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the request must carry exactly one Host field</source>
        <translation>la requête doit comporter exactement un champ Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host &apos;%1&apos; is not this loopback forwarder (127.0.0.1:%2); the request is refused to protect against DNS rebinding</source>
        <translation>l&apos;hôte &apos;%1&apos; n&apos;est pas ce relais de boucle locale (127.0.0.1:%2) ; la requête est refusée pour se protéger du DNS rebinding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the local forwarder takes origin-form request targets (&quot;/api/...&quot;), not proxy requests</source>
        <translation>le relais local accepte des cibles de requête en origin-form (« /api/... »), pas des requêtes de proxy</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <location filename="../app/RequestLogModel.cpp" line="+37"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>RewriteCommand</name>
    <message>
        <location filename="../app/cli/RewriteCommand.cpp" line="+44"/>
        <source>The proxy&apos;s full MagicDNS name, e.g. tailscale-operator.tail1234.ts.net.</source>
        <translation>Le nom MagicDNS complet du proxy, par ex. tailscale-operator.tail1234.ts.net.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy&apos;s machine name, e.g. tailscale-operator; the tailnet&apos;s suffix comes from --tailnet or from `tailscale status`.</source>
        <translation>Le nom de machine du proxy, par ex. tailscale-operator ; le suffixe du tailnet vient de --tailnet ou de `tailscale status`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tailnet&apos;s MagicDNS suffix, e.g. tail1234.ts.net (with --hostname).</source>
        <translation>Le suffixe MagicDNS du tailnet, par ex. tail1234.ts.net (avec --hostname).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the contexts&apos; clusters themselves (the default).</source>
        <translation>Modifier les clusters des contextes eux-mêmes (par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the contexts alone and add &lt;context&gt;-tailnet beside each (--new-context NAME or --new-context=NAME names it, for one context).</source>
        <translation>Laisser les contextes intacts et ajouter &lt;context&gt;-tailnet à côté de chacun (--new-context NAME ou --new-context=NAME le nomme, pour un seul contexte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep certificate-authority(-data), e.g. for a proxy with a private CA.</source>
        <translation>Conserver certificate-authority(-data), par ex. pour un proxy avec une CA privée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the rewritten (or new) context the current one.</source>
        <translation>Faire du contexte réécrit (ou nouveau) le contexte courant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the whole merged result to FILE instead of the kubeconfig files; &apos;-&apos; prints it and touches no file.</source>
        <translation>Écrire tout le résultat fusionné dans FILE au lieu des fichiers kubeconfig ; &apos;-&apos; l&apos;affiche et ne touche à aucun fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the diff and write nothing.</source>
        <translation>Afficher le diff et ne rien écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON document describing the result.</source>
        <translation>Afficher un document JSON décrivant le résultat.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unexpected argument &apos;%1&apos; (give each context with its own --context)</source>
        <translation>argument inattendu &apos;%1&apos; (indiquez chaque contexte avec son propre --context)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose the contexts to rewrite: --context NAME (repeatable) or --all</source>
        <translation>choisissez les contextes à réécrire : --context NAME (répétable) ou --all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--context and --all exclude each other</source>
        <translation>--context et --all s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Rewrite context NAME (repeat for several); NAME=FQDN gives that context its own proxy (then --fqdn is the proxy of the others, if any).</source>
        <translation>Réécrire le contexte NAME (à répéter pour plusieurs) ; NAME=FQDN donne à ce contexte son propre proxy (--fqdn est alors le proxy des autres, s&apos;il y en a).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rewrite every context that can go through a noauth proxy (those already pointing at it are left alone; local clusters and client-certificate-only users are skipped and listed).</source>
        <translation>Réécrire tous les contextes qui peuvent passer par un proxy noauth (ceux qui pointent déjà vers lui restent intacts ; les clusters locaux et les utilisateurs à certificat client uniquement sont ignorés et listés).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rewrite even a context that cannot work through a noauth proxy (client-certificate-only users, local clusters), and accept a short --fqdn.</source>
        <translation>Réécrire même un contexte qui ne peut pas fonctionner via un proxy noauth (utilisateurs à certificat client uniquement, clusters locaux), et accepter un --fqdn court.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Do not remember the route: the running app and &apos;kubetailor routes apply&apos; then leave these contexts alone when a cloud CLI writes them again.</source>
        <translation>Ne pas mémoriser la route : l&apos;application en cours d&apos;exécution et &apos;kubetailor routes apply&apos; ne touchent alors plus à ces contextes quand une CLI de cloud les réécrit.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>say where the proxy is: --fqdn FQDN, or --hostname H [--tailnet SUFFIX], or --context NAME=FQDN for each context</source>
        <translation>indiquez où se trouve le proxy : --fqdn FQDN, ou --hostname H [--tailnet SUFFIX], ou --context NAME=FQDN pour chaque contexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--fqdn and --hostname exclude each other</source>
        <translation>--fqdn et --hostname s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--tailnet goes with --hostname (--fqdn is the full name already)</source>
        <translation>--tailnet va avec --hostname (--fqdn est déjà le nom complet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--in-place and --new-context exclude each other</source>
        <translation>--in-place et --new-context s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--new-context=NAME names the context added for ONE context; with several, each gets &lt;context&gt;-tailnet</source>
        <translation>--new-context=NAME nomme le contexte ajouté pour UN SEUL contexte ; avec plusieurs, chacun reçoit &lt;context&gt;-tailnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--set-current needs exactly one --context</source>
        <translation>--set-current nécessite exactement un --context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-o and --dry-run exclude each other (--dry-run writes nothing and prints the diff)</source>
        <translation>-o et --dry-run s&apos;excluent mutuellement (--dry-run n&apos;écrit rien et affiche le diff)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-o - and --json both print on stdout; choose one</source>
        <translation>-o - et --json affichent tous deux sur stdout ; choisissez-en un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-o, --fqdn, --hostname and --tailnet are given once</source>
        <translation>-o, --fqdn, --hostname et --tailnet ne s&apos;indiquent qu&apos;une fois</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--context %1: name the context before &apos;=&apos; (--context NAME=FQDN)</source>
        <translation>--context %1 : nommez le contexte avant &apos;=&apos; (--context NAME=FQDN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--context %1: %2</source>
        <translation>--context %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--context %1 is given two proxies: %2 and %3</source>
        <translation>--context %1 reçoit deux proxys : %2 et %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--hostname takes the machine name only, e.g. tailscale-operator; give a full name with --fqdn</source>
        <translation>--hostname ne prend que le nom de machine, par ex. tailscale-operator ; indiquez un nom complet avec --fqdn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--hostname %1: %2</source>
        <translation>--hostname %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--tailnet needs the MagicDNS suffix, e.g. tail1234.ts.net</source>
        <translation>--tailnet nécessite le suffixe MagicDNS, par ex. tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1%2 is not a full name: the proxy&apos;s TLS certificate is issued for its full MagicDNS name, so kubectl would refuse it</source>
        <translation>%1%2 n&apos;est pas un nom complet : le certificat TLS du proxy est émis pour son nom MagicDNS complet, kubectl le refuserait donc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. Use %2%3 (tailnet %4, from tailscale status), or --force to write the short name anyway</source>
        <translation>%1. Utilisez %2%3 (tailnet %4, d&apos;après tailscale status), ou --force pour écrire quand même le nom court</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. Give the full name, e.g. %2%3.tail1234.ts.net, or --hostname %3 to take the tailnet from tailscale status; --force writes the short name anyway</source>
        <translation>%1. Indiquez le nom complet, par ex. %2%3.tail1234.ts.net, ou --hostname %3 pour prendre le tailnet dans tailscale status ; --force écrit quand même le nom court</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>refusing to rewrite (nothing written; --force rewrites anyway): %1</source>
        <translation>réécriture refusée (rien n&apos;a été écrit ; --force réécrit quand même) : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Skipped %n context(s) that cannot go through a noauth proxy:</source>
        <translation>
            <numerusform>%n contexte ignoré, qui ne peut pas passer par un proxy noauth :</numerusform>
            <numerusform>%n contextes ignorés, qui ne peuvent pas passer par un proxy noauth :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to change: no context can go through a noauth proxy.</source>
        <translation>Rien à modifier : aucun contexte ne peut passer par un proxy noauth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their proxies</source>
        <translation>leurs proxys</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write the result to stdout: %1</source>
        <translation>impossible d&apos;écrire le résultat sur stdout : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the whole merged kubeconfig, %1 of its contexts rewritten, to %2</source>
        <translation>Kubeconfig fusionné complet, dont %1 contextes réécrits, écrit dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it: KUBECONFIG=%1 kubectl get pods</source>
        <translation>Utilisation : KUBECONFIG=%1 kubectl get pods</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rewrote %1 context(s), each to go through its proxy:</source>
        <translation>%1 contexte(s) réécrit(s), chacun pour passer par son proxy :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 context(s), each going through its proxy:</source>
        <translation>%1 contexte(s) ajouté(s), chacun passant par son proxy :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rewrote 1 context to go through %1:</source>
        <translation>1 contexte réécrit pour passer par %1 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewrote %1 contexts to go through %2:</source>
        <translation>%1 contextes réécrits pour passer par %2 :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added 1 context going through %1:</source>
        <translation>1 contexte ajouté qui passe par %1 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 contexts going through %2:</source>
        <translation>%1 contextes ajoutés qui passent par %2 :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Route contexts through the Tailscale operator&apos;s API server proxy in noauth mode:
each cluster&apos;s server becomes https://&lt;FQDN&gt;:443 and its CA data goes (the proxy
has a publicly trusted certificate); the user entry and its exec plugin stay as
they are. Writes atomically, under kubectl&apos;s lock, with a backup
(&apos;kubetailor undo&apos; restores it).</source>
        <translation>Faire passer des contextes par le proxy de serveur d&apos;API de l&apos;opérateur Tailscale en
mode noauth : le serveur de chaque cluster devient https://&lt;FQDN&gt;:443 et ses données de
CA disparaissent (le proxy a un certificat approuvé publiquement) ; l&apos;entrée utilisateur
et son plugin exec restent tels quels. Écrit de façon atomique, sous le verrou de
kubectl, avec une sauvegarde (&apos;kubetailor undo&apos; la restaure).</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Nothing to change: the chosen contexts already go through %1.</source>
        <translation>Rien à modifier : les contextes choisis passent déjà par %1.</translation>
    </message>
</context>
<context>
    <name>RewritePanel</name>
    <message>
        <location filename="../app/gui/RewritePanel.cpp" line="+62"/>
        <source>Change the context &amp;in place</source>
        <translation>Modifier le contexte &amp;sur place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the cluster&apos;s CA (only for a proxy with a private CA)</source>
        <translation>&amp;Conserver la CA du cluster (seulement pour un proxy avec une CA privée)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add a si&amp;bling context (&lt;name&gt;-tailnet)</source>
        <translation>Ajouter un contexte &amp;jumeau (&lt;name&gt;-tailnet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it the current conte&amp;xt</source>
        <translation>En faire le conte&amp;xte courant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy per context</source>
        <translation>Proxy par contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexte</translation>
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
        <translation>Compléter avec votre tailnet tel que Tailscale l&apos;indique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the proxy&apos;s full name</source>
        <translation>Utiliser le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy host name</source>
        <translation>Nom d&apos;hôte du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator proxy&apos;s Tailscale host name, e.g. tailscale-operator, or its full MagicDNS name</source>
        <translation>Le nom d&apos;hôte Tailscale du proxy de l&apos;opérateur, par ex. tailscale-operator, ou son nom MagicDNS complet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tailnet</source>
        <translation>Tailnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tailnet&apos;s MagicDNS suffix, e.g. tail1234.ts.net</source>
        <translation>Le suffixe MagicDNS du tailnet, par ex. tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context&apos;s cluster entry points at the proxy</source>
        <translation>L&apos;entrée cluster du contexte pointe vers le proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original context stays; &lt;name&gt;-tailnet goes through the proxy with the same user entry</source>
        <translation>Le contexte d&apos;origine reste ; &lt;name&gt;-tailnet passe par le proxy avec la même entrée utilisateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy serves a Let&apos;s Encrypt certificate your system trusts; the cluster&apos;s own CA is normally removed</source>
        <translation>Le proxy sert un certificat Let&apos;s Encrypt que votre système approuve ; la CA propre au cluster est normalement retirée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client certificates will not reach the API server: apply an&amp;yway</source>
        <translation>Les certificats client n&apos;atteindront pas le serveur d&apos;API : appliquer &amp;quand même</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pr&amp;oxy host name:</source>
        <translation>Nom d&apos;hôte du pr&amp;oxy :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tail&amp;net:</source>
        <translation>Tail&amp;net :</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Tailnet %1: operator proxies found: %2</source>
        <translation>Tailnet %1 : proxys d&apos;opérateur trouvés : %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proxy for %1</source>
        <translation>Proxy pour %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proxy named above</source>
        <translation>le proxy indiqué ci-dessus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>typed before</source>
        <translation>déjà saisi</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A proxy you typed before</source>
        <translation>Un proxy que vous avez déjà saisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags: %1</source>
        <translation>Tags : %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Reading the kubeconfig for the preview...</source>
        <translation>Lecture du kubeconfig pour l’aperçu…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>; skipped %n that cannot go through the proxy</source>
        <translation>
            <numerusform>; %n ignoré, qui ne peut pas passer par le proxy</numerusform>
            <numerusform>; %n ignorés, qui ne peuvent pas passer par le proxy</numerusform>
        </translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Context: %1</source>
        <translation>Contexte : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contexts: %2</source>
        <translation>%1 contextes : %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>No warnings for this change.</source>
        <translation>Aucun avertissement pour cette modification.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Added %1 tailnet context in %2 — backup saved</source>
        <translation>%1 contexte tailnet ajouté dans %2 — sauvegarde enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 tailnet contexts in %2 — backup saved</source>
        <translation>%1 contextes tailnet ajoutés dans %2 — sauvegarde enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewrote %1 context in %2 — backup saved</source>
        <translation>%1 contexte réécrit dans %2 — sauvegarde enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewrote %1 contexts in %2 — backup saved</source>
        <translation>%1 contextes réécrits dans %2 — sauvegarde enregistrée</translation>
    </message>
    <message>
        <location line="-565"/>
        <source>Preview of the change</source>
        <translation>Aperçu de la modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+417"/>
        <source>Write the change (a backup of each file is saved first)</source>
        <translation>Écrire la modification (une sauvegarde de chaque fichier est d&apos;abord enregistrée)</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>&amp;Preview:</source>
        <translation>A&amp;perçu :</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>tailscale is not installed here: type the proxy&apos;s host name and your tailnet (Tailscale admin console, DNS page).</source>
        <translation>tailscale n&apos;est pas installé ici : saisissez le nom d&apos;hôte du proxy et votre tailnet (console d&apos;administration Tailscale, page DNS).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking tailscale for the tailnet&apos;s name...</source>
        <translation>Demande du nom du tailnet à tailscale…</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Type the proxy&apos;s name to see the change.</source>
        <translation>Saisissez le nom du proxy pour voir la modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a short name: the proxy&apos;s certificate is for its full MagicDNS name, so kubectl would refuse it. Type the tailnet (e.g. tail1234.ts.net), or connect Tailscale so it is found.</source>
        <translation>%1 est un nom court : le certificat du proxy est émis pour son nom MagicDNS complet, kubectl le refuserait donc. Saisissez le tailnet (par ex. tail1234.ts.net), ou connectez Tailscale pour qu&apos;il soit trouvé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each context goes through the proxy of its row below; a row left empty uses https://%1:443</source>
        <translation>Chaque contexte passe par le proxy de sa ligne ci-dessous ; une ligne laissée vide utilise https://%1:443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kubectl will use https://%1:443</source>
        <translation>kubectl utilisera https://%1:443</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select one or more contexts in the table above.</source>
        <translation>Sélectionnez un ou plusieurs contextes dans le tableau ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more contexts in the table above to see the change.</source>
        <translation>Sélectionnez un ou plusieurs contextes dans le tableau ci-dessus pour voir la modification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kubeconfig could not be read: %1</source>
        <translation>Le kubeconfig n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the proxy&apos;s host name and tailnet to see the change.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy et le tailnet pour voir la modification.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing to change: none of the selected contexts can go through the tailnet&apos;s proxy (see why on the left).</source>
        <translation>Rien à modifier : aucun des contextes sélectionnés ne peut passer par le proxy du tailnet (voir pourquoi à gauche).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to change: the selected contexts already use %1.</source>
        <translation>Rien à modifier : les contextes sélectionnés utilisent déjà %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their proxies</source>
        <translation>leurs proxys</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit : %1</translation>
    </message>
</context>
<context>
    <name>RewritePlan</name>
    <message>
        <location filename="../kubeconfig/RewritePlan.cpp" line="+149"/>
        <source>%1 is a short name; TLS certificates are issued for the full name, e.g. %1.tail1234.ts.net: kubectl will refuse the proxy&apos;s certificate</source>
        <translation>%1 est un nom court ; les certificats TLS sont émis pour le nom complet, par ex. %1.tail1234.ts.net : kubectl refusera le certificat du proxy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not under .ts.net; the operator&apos;s proxy is reached by its MagicDNS name, e.g. tailscale-operator.tail1234.ts.net</source>
        <translation>%1 n&apos;est pas sous .ts.net ; le proxy de l&apos;opérateur se joint par son nom MagicDNS, par ex. tailscale-operator.tail1234.ts.net</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no proxy given for context &quot;%1&quot;: name its proxy, or one for all contexts</source>
        <translation>aucun proxy indiqué pour le contexte « %1 » : nommez son proxy, ou un proxy pour tous les contextes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context &quot;%1&quot;: %2</source>
        <translation>contexte « %1 » : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contexts sharing cluster &quot;%1&quot; ask for different proxies (%2, %3); give them the same proxy, or add new contexts instead of rewriting in place</source>
        <translation>les contextes qui partagent le cluster « %1 » demandent des proxys différents (%2, %3) ; donnez-leur le même proxy, ou ajoutez de nouveaux contextes au lieu de réécrire sur place</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no context to rewrite in %1</source>
        <translation>aucun contexte à réécrire dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no context chosen: name one or more contexts, or choose all</source>
        <translation>aucun contexte choisi : nommez un ou plusieurs contextes, ou choisissez-les tous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a name for the new context only works with a single context in new-context mode</source>
        <translation>un nom pour le nouveau contexte ne fonctionne qu&apos;avec un seul contexte en mode new-context</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no context named &quot;%1&quot; in %2; `kubetailor contexts` lists them</source>
        <translation>aucun contexte nommé « %1 » dans %2 ; `kubetailor contexts` les liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot rewrite context &quot;%2&quot;: %3; fix the file first</source>
        <translation>%1 : impossible de réécrire le contexte « %2 » : %3 ; corrigez d&apos;abord le fichier</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>%1 was not found on PATH</source>
        <translation>%1 est introuvable dans le PATH</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>%1: context &quot;%2&quot; exists already and points elsewhere; choose another name for the new context, or rewrite &quot;%2&quot; itself</source>
        <translation>%1 : le contexte « %2 » existe déjà et pointe ailleurs ; choisissez un autre nom pour le nouveau contexte, ou réécrivez « %2 » lui-même</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cluster &quot;%1&quot; is also used by %2; rewriting it in place routes them through the tailnet too (a new context leaves them alone)</source>
        <translation>le cluster « %1 » est aussi utilisé par %2 ; le réécrire sur place les fait aussi passer par le tailnet (un nouveau contexte ne les touche pas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context &quot;%1&quot;</source>
        <translation>le contexte « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contexts %1</source>
        <translation>les contextes %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>user &quot;%1&quot; authenticates with a client certificate only: the operator&apos;s noauth proxy terminates TLS, so the certificate never reaches the API server and every request fails. Use the operator&apos;s auth mode instead, or the local forwarder&apos;s passthrough mode%2</source>
        <translation>l&apos;utilisateur « %1 » s&apos;authentifie uniquement avec un certificat client : le proxy noauth de l&apos;opérateur termine TLS, le certificat n&apos;atteint donc jamais le serveur d&apos;API et chaque requête échoue. Utilisez plutôt le mode auth de l&apos;opérateur, ou le mode passthrough du relais local%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+11"/>
        <source> (forced: rewriting anyway)</source>
        <translation> (forcé : réécriture quand même)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user &quot;%1&quot; uses the legacy auth-provider &quot;%2&quot;, removed from kubectl since 1.26: switch to its exec plugin (gke-gcloud-auth-plugin, kubelogin) first</source>
        <translation>l&apos;utilisateur « %1 » utilise l&apos;auth-provider obsolète « %2 », retiré de kubectl depuis la 1.26 : passez d&apos;abord à son plugin exec (gke-gcloud-auth-plugin, kubelogin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exec plugin %1 of user &quot;%2&quot; is not installed here (%3)</source>
        <translation>le plugin exec %1 de l&apos;utilisateur « %2 » n&apos;est pas installé ici (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>context &quot;%1&quot; sends no credentials; a noauth proxy adds none, so the API server will treat requests as anonymous</source>
        <translation>le contexte « %1 » n&apos;envoie aucun identifiant ; un proxy noauth n&apos;en ajoute pas, le serveur d&apos;API traitera donc les requêtes comme anonymes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cluster &quot;%1&quot; sets proxy-url %2: kubectl would send its traffic through that proxy instead of the tailnet; remove proxy-url if that is not meant</source>
        <translation>le cluster « %1 » définit proxy-url %2 : kubectl enverrait son trafic par ce proxy au lieu du tailnet ; retirez proxy-url si ce n&apos;est pas voulu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cluster&apos;s certificate authority is kept: kubectl will trust the proxy only if that CA signed its certificate</source>
        <translation>l&apos;autorité de certification du cluster est conservée : kubectl ne fera confiance au proxy que si cette CA a signé son certificat</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>cannot write %1: this plan no longer holds the edited kubeconfig; plan the rewrite again</source>
        <translation>impossible d&apos;écrire %1 : ce plan ne contient plus la kubeconfig modifiée ; planifiez à nouveau la réécriture</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refusing to rewrite: %1</source>
        <translation>réécriture refusée : %1</translation>
    </message>
</context>
<context>
    <name>RouteKeeper</name>
    <message>
        <location filename="../app/routes/RouteKeeper.cpp" line="+110"/>
        <source>%1: the server was changed, not by kubetailor and not back to the one the route replaced; nothing was written. Route it again from the window, or forget the route (kubetailor routes forget).</source>
        <translation>%1 : le serveur a été modifié, pas par kubetailor et pas pour revenir à celui que la route a remplacé ; rien n&apos;a été écrit. Rétablissez sa route depuis la fenêtre, ou oubliez la route (kubetailor routes forget).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 goes direct again: another program wrote its cluster entry back. Apply the route again?</source>
        <translation>%1 passe de nouveau en direct : un autre programme a rétabli son entrée cluster. Réappliquer la route ?</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>cannot apply the route of %1 again: %2</source>
        <translation>impossible de réappliquer la route de %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written again by another program; its route through %2 is applied again (a backup was saved). Undo restores what the other program wrote.</source>
        <translation>%1 a été réécrit par un autre programme ; sa route via %2 est réappliquée (une sauvegarde a été enregistrée). Annuler restaure ce que l&apos;autre programme a écrit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>cannot route %1 through %2: %3</source>
        <translation>impossible de faire passer %1 par %2 : %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot route %1 through %2: a noauth proxy cannot carry its credentials; see the Rewrite tab</source>
        <translation>impossible de faire passer %1 par %2 : un proxy noauth ne peut pas transmettre ses identifiants ; voir l&apos;onglet « Passer par le tailnet »</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New context %1: open kubetailor to route it through the tailnet.</source>
        <translation>Nouveau contexte %1 : ouvrez kubetailor pour le faire passer par le tailnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New context %1: route it through %2? Click to route it.</source>
        <translation>Nouveau contexte %1 : le faire passer par %2 ? Cliquez pour l&apos;y faire passer.</translation>
    </message>
</context>
<context>
    <name>RouteStatus</name>
    <message>
        <location filename="../app/routes/RouteStatus.cpp" line="+58"/>
        <source>in effect</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reverted by another program</source>
        <translation>annulée par un autre programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context gone</source>
        <translation>contexte disparu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed by hand</source>
        <translation>modifiée à la main</translation>
    </message>
</context>
<context>
    <name>RoutesCommand</name>
    <message>
        <location filename="../app/cli/RoutesCommand.cpp" line="+30"/>
        <source>Print one JSON document (list).</source>
        <translation>Afficher un document JSON (list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the diff and write nothing (apply).</source>
        <translation>Afficher le diff et ne rien écrire (apply).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No routes remembered yet: `kubetailor rewrite` (or Apply in the window) remembers one per context it routes through a proxy.</source>
        <translation>Aucune route mémorisée pour l&apos;instant : `kubetailor rewrite` (ou « Appliquer » dans la fenêtre) en mémorise une par contexte qu&apos;il fait passer par un proxy.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in place</source>
        <translation>sur place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new context</source>
        <translation>nouveau contexte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>note: %1 was changed by hand (its server is neither the proxy nor the one the route replaced): left alone; `kubetailor rewrite --context %1 --fqdn %2` routes it again, `kubetailor routes forget %1` drops the route</source>
        <translation>remarque : %1 a été modifié à la main (son serveur n&apos;est ni le proxy ni celui que la route a remplacé) : laissé tel quel ; `kubetailor rewrite --context %1 --fqdn %2` rétablit sa route, `kubetailor routes forget %1` supprime la route</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>note: %1 is not in the kubeconfig any more: left alone; `kubetailor routes forget %1` drops the route</source>
        <translation>remarque : %1 n&apos;est plus dans le kubeconfig : laissé tel quel ; `kubetailor routes forget %1` supprime la route</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No routes remembered yet: nothing to apply.</source>
        <translation>Aucune route mémorisée pour l&apos;instant : rien à appliquer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to apply: no route was reverted by another program.</source>
        <translation>Rien à appliquer : aucune route n&apos;a été annulée par un autre programme.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Applied the route again: %1 goes through %2</source>
        <translation>Route réappliquée : %1 passe par %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no route for context &quot;%1&quot;; `kubetailor routes` lists them</source>
        <translation>aucune route pour le contexte « %1 » ; `kubetailor routes` les liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot the route of %1; its kubeconfig entries stay as they are.</source>
        <translation>Route de %1 oubliée ; ses entrées du kubeconfig restent telles quelles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The routes kubetailor remembers (one per context it rewrote) and their state:
in effect, reverted by another program (a cloud CLI wrote the entry again),
context gone, changed by hand.
  routes [list] [--json]    list them
  routes apply [--dry-run]  apply the reverted ones again (after get-credentials)
  routes forget CONTEXT     stop keeping a context&apos;s route</source>
        <translation>Les routes que kubetailor mémorise (une par contexte qu&apos;il a réécrit) et leur état :
en vigueur, annulée par un autre programme (une CLI de cloud a réécrit l&apos;entrée),
contexte disparu, modifiée à la main.
  routes [list] [--json]    les lister
  routes apply [--dry-run]  réappliquer celles qui ont été annulées (après get-credentials)
  routes forget CONTEXT     ne plus maintenir la route d&apos;un contexte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list, apply or forget</source>
        <translation>list, apply ou forget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown action &apos;%1&apos; (use list, apply or forget)</source>
        <translation>action inconnue &apos;%1&apos; (utilisez list, apply ou forget)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forget needs the CONTEXT whose route to forget</source>
        <translation>forget nécessite le CONTEXT dont la route est à oublier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run goes with apply</source>
        <translation>--dry-run va avec apply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--json goes with list</source>
        <translation>--json va avec list</translation>
    </message>
</context>
<context>
    <name>SafeWriter</name>
    <message>
        <location filename="../kubeconfig/SafeWriter.cpp" line="+44"/>
        <source>another program is writing %1 (lock file %2 exists); retry, or delete the lock if no kubectl is running</source>
        <translation>un autre programme écrit %1 (le fichier de verrou %2 existe) ; réessayez, ou supprimez le verrou si aucun kubectl n&apos;est en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the lock file %1: %2; nothing was written: check that the folder is writable</source>
        <translation>impossible de créer le fichier de verrou %1 : %2 ; rien n&apos;a été écrit : vérifiez que le dossier est accessible en écriture</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read %1: %2; nothing was written</source>
        <translation>impossible de lire %1 : %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed on disk since kubetailor read it; nothing was written: run the command again to work on the current content</source>
        <translation>%1 a changé sur le disque depuis que kubetailor l&apos;a lu ; rien n&apos;a été écrit : relancez la commande pour travailler sur le contenu actuel</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot write %1: %2; the file may be incomplete: restore it with `kubetailor undo`</source>
        <translation>impossible d&apos;écrire %1 : %2 ; le fichier est peut-être incomplet : restaurez-le avec `kubetailor undo`</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the folder %1 for %2</source>
        <translation>impossible de créer le dossier %1 pour %2</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 has %2 hard links: written in place, so every name sees the change</source>
        <translation>%1 a %2 liens physiques : écrit sur place, pour que chaque nom voie la modification</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+17"/>
        <location line="+15"/>
        <location line="+11"/>
        <source>cannot write %1: %2; the file is unchanged</source>
        <translation>impossible d&apos;écrire %1 : %2 ; le fichier est inchangé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot create the folder %1 for %2; nothing was written</source>
        <translation>impossible de créer le dossier %1 pour %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(already written: %1; `kubetailor undo` restores them)</source>
        <translation>(déjà écrits : %1 ; `kubetailor undo` les restaure)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../app/SingleInstance.cpp" line="+51"/>
        <source>cannot create the runtime folder %1; check its permissions</source>
        <translation>impossible de créer le dossier d&apos;exécution %1 ; vérifiez ses droits d&apos;accès</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the lock file %1; check the folder&apos;s permissions</source>
        <translation>impossible de créer le fichier de verrou %1 ; vérifiez les droits d&apos;accès du dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another kubetailor holds %1 but does not answer on %2 (%3); if it hangs, end it and start again</source>
        <translation>un autre kubetailor détient %1 mais ne répond pas sur %2 (%3) ; s&apos;il est bloqué, arrêtez-le et relancez</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
</context>
<context>
    <name>StaticManifestTab</name>
    <message>
        <location filename="../app/gui/operator/StaticManifestTab.cpp" line="+16"/>
        <source>Without Helm: add this env entry to the operator Deployment&apos;s container, or run the kubectl command on a running operator.</source>
        <translation>Sans Helm : ajoutez cette entrée env au conteneur du Deployment de l&apos;opérateur, ou exécutez la commande kubectl sur un opérateur en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Static manifests explanation</source>
        <translation>Explication des manifestes statiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Static manifest change</source>
        <translation>Modification du manifeste statique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;YAML</source>
        <translation>Copier le &amp;YAML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the env entry YAML</source>
        <translation>Copier l&apos;entrée env en YAML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;kubectl command</source>
        <translation>Copier la commande &amp;kubectl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the kubectl set env command</source>
        <translation>Copier la commande kubectl set env</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the env entry</source>
        <translation>l&apos;entrée env</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kubectl command</source>
        <translation>la commande kubectl</translation>
    </message>
</context>
<context>
    <name>TailnetDiscovery</name>
    <message>
        <location filename="../kubeconfig/tailnet/TailnetDiscovery.cpp" line="+23"/>
        <source>%1 is not an executable tailscale binary; check the path, or type the proxy&apos;s full name (e.g. tailscale-operator.tail1234.ts.net)</source>
        <translation>%1 n&apos;est pas un binaire tailscale exécutable ; vérifiez le chemin, ou saisissez le nom complet du proxy (par ex. tailscale-operator.tail1234.ts.net)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tailscale is not installed (not on PATH): install it from https://tailscale.com/download, or type the proxy&apos;s full name (e.g. tailscale-operator.tail1234.ts.net)</source>
        <translation>tailscale n&apos;est pas installé (absent du PATH) : installez-le depuis https://tailscale.com/download, ou saisissez le nom complet du proxy (par ex. tailscale-operator.tail1234.ts.net)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1 status --json&apos; did not answer within %2 s: is tailscaled hung? Type the proxy&apos;s full name instead</source>
        <translation>&apos;%1 status --json&apos; n&apos;a pas répondu en %2 s : tailscaled est-il bloqué ? Saisissez plutôt le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not run &apos;%1 status --json&apos;: %2; type the proxy&apos;s full name instead</source>
        <translation>impossible d&apos;exécuter &apos;%1 status --json&apos; : %2 ; saisissez plutôt le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>tailscaled is not running (%1): start Tailscale, or type the proxy&apos;s full name</source>
        <translation>tailscaled n&apos;est pas lancé (%1) : démarrez Tailscale, ou saisissez le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1 status --json&apos; failed (exit code %2%3); type the proxy&apos;s full name instead</source>
        <translation>&apos;%1 status --json&apos; a échoué (code de sortie %2%3) ; saisissez plutôt le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; type the proxy&apos;s full name instead</source>
        <translation>; saisissez plutôt le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>cannot find the tailnet&apos;s MagicDNS suffix: %1; or pass --tailnet SUFFIX (e.g. tail1234.ts.net) or --fqdn</source>
        <translation>impossible de trouver le suffixe MagicDNS du tailnet : %1 ; ou indiquez --tailnet SUFFIX (par ex. tail1234.ts.net) ou --fqdn</translation>
    </message>
</context>
<context>
    <name>TailscaleStatus</name>
    <message>
        <location filename="../kubeconfig/tailnet/TailscaleStatus.cpp" line="+16"/>
        <source>Tailscale is logged out: run &apos;tailscale up&apos; (or log in from the Tailscale app), or type the proxy&apos;s full name</source>
        <translation>Tailscale est déconnecté : exécutez &apos;tailscale up&apos; (ou connectez-vous depuis l&apos;application Tailscale), ou saisissez le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this device waits for an admin to approve it in the Tailscale admin console; until then, type the proxy&apos;s full name</source>
        <translation>cet appareil attend qu&apos;un administrateur l&apos;approuve dans la console d&apos;administration Tailscale ; d&apos;ici là, saisissez le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tailscale is not running (state: %1): run &apos;tailscale up&apos;, or type the proxy&apos;s full name</source>
        <translation>Tailscale n&apos;est pas lancé (état : %1) : exécutez &apos;tailscale up&apos;, ou saisissez le nom complet du proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MagicDNS is off for this tailnet: turn it on in the Tailscale admin console (DNS page); the proxy&apos;s HTTPS certificate needs it</source>
        <translation>MagicDNS est désactivé pour ce tailnet : activez-le dans la console d&apos;administration Tailscale (page DNS) ; le certificat HTTPS du proxy en a besoin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tagged tag:k8s-operator</source>
        <translation>avec le tag tag:k8s-operator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>named %1</source>
        <translation>nommé %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a ProxyGroup replica tagged %1</source>
        <translation>un réplica de ProxyGroup avec le tag %1</translation>
    </message>
</context>
<context>
    <name>TailscaleStatusParser</name>
    <message>
        <location filename="../kubeconfig/tailnet/TailscaleStatusParser.cpp" line="+50"/>
        <source>&apos;tailscale status --json&apos; printed something that is not JSON (at byte %1: %2)</source>
        <translation>&apos;tailscale status --json&apos; a renvoyé quelque chose qui n&apos;est pas du JSON (à l&apos;octet %1 : %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;tailscale status --json&apos; printed a document without BackendState; this version of tailscale is not understood</source>
        <translation>&apos;tailscale status --json&apos; a renvoyé un document sans BackendState ; cette version de tailscale n&apos;est pas comprise</translation>
    </message>
</context>
<context>
    <name>TlsContext</name>
    <message>
        <location filename="../proxycore/TlsContext.cpp" line="+19"/>
        <source>unknown OpenSSL error</source>
        <translation>erreur OpenSSL inconnue</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>cannot create a TLS server context: %1</source>
        <translation>impossible de créer un contexte TLS serveur : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the forwarder&apos;s loopback certificate or key cannot be used (%1); delete its folder to have a new one created</source>
        <translation>le certificat loopback ou la clé du relais est inutilisable (%1) ; supprimez son dossier pour qu&apos;un nouveau soit créé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create a TLS client context: %1</source>
        <translation>impossible de créer un contexte TLS client : %1</translation>
    </message>
</context>
<context>
    <name>TlsSocket</name>
    <message>
        <location filename="../proxycore/TlsSocket.cpp" line="+136"/>
        <source>cannot start TLS: %1</source>
        <translation>impossible de démarrer TLS : %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source> (the certificate is not issued for %1)</source>
        <translation> (le certificat n&apos;est pas émis pour %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate was rejected: %1</source>
        <translation>le certificat a été refusé : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the peer closed the connection during the TLS handshake</source>
        <translation>le pair a fermé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed: %1</source>
        <translation>la négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the TLS connection is not open</source>
        <translation>la connexion TLS n&apos;est pas ouverte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>TLS error: %1</source>
        <translation>erreur TLS : %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>internal error: the TCP socket is buffered by Qt</source>
        <translation>erreur interne : le socket TCP est mis en tampon par Qt</translation>
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
        <translation>Aucun contexte courant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current: %1</source>
        <translation>Courant : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local proxy for %1 on %2</source>
        <translation>Proxy local pour %1 sur %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Open kubetailor</source>
        <translation>&amp;Ouvrir kubetailor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contexts</source>
        <translation>Contextes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contexts in the kubeconfig</source>
        <translation>Aucun contexte dans le kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the kubeconfig…</source>
        <translation>Lecture du kubeconfig…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kubeconfig could not be read</source>
        <translation>Le kubeconfig n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;More contexts</source>
        <translation>&amp;Autres contextes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Local proxy for %1 is starting…</source>
        <translation>Le proxy local pour %1 démarre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local proxy is stopping…</source>
        <translation>Le proxy local s&apos;arrête…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop local proxy (%1, port %2)</source>
        <translation>&amp;Arrêter le proxy local (%1, port %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start local proxy (no current context)</source>
        <translation>&amp;Démarrer le proxy local (aucun contexte courant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start local proxy for %1</source>
        <translation>&amp;Démarrer le proxy local pour %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not switch to %1: %2</source>
        <translation>Impossible de passer à %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current context is now %1 (in %2)</source>
        <translation>Le contexte courant est maintenant %1 (dans %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Local proxy stopped, but: %1</source>
        <translation>Proxy local arrêté, mais : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local proxy stopped</source>
        <translation>Proxy local arrêté</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local proxy did not start: %1</source>
        <translation>Le proxy local n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local proxy for %1 listens on %2; use: %3</source>
        <translation>Le proxy local pour %1 écoute sur %2 ; utilisation : %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Click to undo.</source>
        <translation>Cliquez pour annuler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click to apply it again.</source>
        <translation>Cliquez pour la réappliquer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undone: %1 is as the other program wrote it.</source>
        <translation>Annulé : %1 est tel que l&apos;autre programme l&apos;a écrit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 now goes through %2. Click to undo.</source>
        <translation>%1 passe maintenant par %2. Cliquez pour annuler.</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../app/cli/UndoCommand.cpp" line="+29"/>
        <source>Undo kubetailor&apos;s last change of the kubeconfig, entry by entry: each cluster, context or user entry (and current-context) kubetailor changed goes back to what it was, if the file still has it as kubetailor left it; everything else another program wrote since stays. When such an entry was changed again since, undo names it and changes nothing (--force puts it back anyway). The content it replaces is kept as a backup too. Without --kubeconfig: every file of the KUBECONFIG list (or ~/.kube/config) that kubetailor&apos;s last write changed.</source>
        <translation>Annuler la dernière modification du kubeconfig par kubetailor, entrée par entrée : chaque entrée cluster, contexte ou utilisateur (et current-context) modifiée par kubetailor revient à ce qu&apos;elle était, si le fichier la contient encore telle que kubetailor l&apos;a laissée ; tout ce qu&apos;un autre programme a écrit depuis est conservé. Si une telle entrée a été modifiée de nouveau depuis, undo la nomme et ne modifie rien (--force la remet quand même). Le contenu remplacé est lui aussi conservé dans une sauvegarde. Sans --kubeconfig : chaque fichier de la liste KUBECONFIG (ou ~/.kube/config) modifié par la dernière écriture de kubetailor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Put kubetailor&apos;s backup of an entry back even when another program changed that entry since (its change is lost; other entries stay).</source>
        <translation>Remettre la sauvegarde d&apos;une entrée faite par kubetailor même si un autre programme a modifié cette entrée depuis (sa modification est perdue ; les autres entrées sont conservées).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no backup of %1 to restore (kubetailor keeps one before every change it writes, in %2)</source>
        <translation>aucune sauvegarde de %1 à restaurer (kubetailor en garde une avant chaque modification qu&apos;il écrit, dans %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored %1 from the backup %2 (taken %3).</source>
        <translation>%1 restauré depuis la sauvegarde %2 (prise le %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--force: restored the whole backup; what was written to %1 after it was taken is only in the backup %2</source>
        <translation>--force : toute la sauvegarde a été restaurée ; ce qui a été écrit dans %1 après sa prise ne se trouve plus que dans la sauvegarde %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undid kubetailor&apos;s change of %1 entry by entry (backup %2, taken %3); what other programs changed since stays.</source>
        <translation>Modification de %1 par kubetailor annulée entrée par entrée (sauvegarde %2, prise le %3) ; ce que d&apos;autres programmes ont modifié depuis est conservé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — put back anyway (--force)</source>
        <translation> — remis quand même (--force)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file already had the content undo would restore.</source>
        <translation>Le fichier avait déjà le contenu que l&apos;annulation restaurerait.</translation>
    </message>
</context>
<context>
    <name>UndoPlan</name>
    <message>
        <location filename="../kubeconfig/UndoPlan.cpp" line="+22"/>
        <source>cannot read %1: %2; nothing was changed</source>
        <translation>impossible de lire %1 : %2 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: put back as it was before kubetailor&apos;s change</source>
        <translation>%1 : remis dans l&apos;état d&apos;avant la modification de kubetailor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: removed (kubetailor added it)</source>
        <translation>%1 : supprimé (kubetailor l&apos;avait ajouté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: added back (kubetailor removed it)</source>
        <translation>%1 : rajouté (kubetailor l&apos;avait supprimé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: already as it was before kubetailor&apos;s change</source>
        <translation>%1 : déjà dans l&apos;état d&apos;avant la modification de kubetailor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>current-context: set to &quot;%1&quot; by another program since kubetailor set it to &quot;%2&quot;</source>
        <translation>current-context : défini sur « %1 » par un autre programme depuis que kubetailor l&apos;a défini sur « %2 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: removed by another program since kubetailor&apos;s change</source>
        <translation>%1 : supprimé par un autre programme depuis la modification de kubetailor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: changed by another program since kubetailor&apos;s change</source>
        <translation>%1 : modifié par un autre programme depuis la modification de kubetailor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no backup to restore (kubetailor keeps them in %2); nothing was changed</source>
        <translation>%1 : aucune sauvegarde à restaurer (kubetailor les conserve dans %2) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot undo: %1; fix the file first (nothing was changed)</source>
        <translation>impossible d&apos;annuler : %1 ; corrigez d&apos;abord le fichier (rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 was changed after kubetailor&apos;s backup %2 was taken, and that backup comes from an older kubetailor that did not record its change, so undo cannot tell it from another program&apos;s: restoring it would lose that change. Nothing was changed.</source>
        <translation>%1 a été modifié après la prise de la sauvegarde %2 de kubetailor, et cette sauvegarde provient d&apos;une ancienne version de kubetailor qui n&apos;enregistrait pas sa modification ; undo ne peut donc pas la distinguer de celle d&apos;un autre programme : la restaurer ferait perdre cette modification. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was changed after kubetailor&apos;s backup %2 was taken, and that backup comes from an older kubetailor that did not record its change, so undo cannot tell it from another program&apos;s: restoring it would lose that change. Nothing was changed; undo with --force restores the whole backup anyway.</source>
        <translation>%1 a été modifié après la prise de la sauvegarde %2 de kubetailor, et cette sauvegarde provient d&apos;une ancienne version de kubetailor qui n&apos;enregistrait pas sa modification ; undo ne peut donc pas la distinguer de celle d&apos;un autre programme : la restaurer ferait perdre cette modification. Rien n&apos;a été modifié ; undo avec --force restaure quand même toute la sauvegarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: undo would lose what another program changed since kubetailor&apos;s change (%2); nothing was changed.</source>
        <translation>%1 : l&apos;annulation ferait perdre ce qu&apos;un autre programme a modifié depuis la modification de kubetailor (%2) ; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: undo would lose what another program changed since kubetailor&apos;s change (%2); nothing was changed. Undo with --force puts kubetailor&apos;s backup of %n entry(s) back anyway (everything else in the file stays).</source>
        <translation>
            <numerusform>%1 : l&apos;annulation ferait perdre ce qu&apos;un autre programme a modifié depuis la modification de kubetailor (%2) ; rien n&apos;a été modifié. Avec --force, undo remet quand même la sauvegarde de kubetailor pour %n entrée (tout le reste du fichier est conservé).</numerusform>
            <numerusform>%1 : l&apos;annulation ferait perdre ce qu&apos;un autre programme a modifié depuis la modification de kubetailor (%2) ; rien n&apos;a été modifié. Avec --force, undo remet quand même la sauvegarde de kubetailor pour %n entrées (tout le reste du fichier est conservé).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpstreamConnector</name>
    <message>
        <location filename="../proxycore/UpstreamConnector.cpp" line="+19"/>
        <source>no answer within %1 s (timed out); check that the host is reachable over the tailnet</source>
        <translation>aucune réponse en %1 s (délai dépassé) ; vérifiez que l&apos;hôte est joignable par le tailnet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>its TLS certificate is not trusted (%1); pass the CA that signed it with --ca-file, or check the server URL</source>
        <translation>son certificat TLS n&apos;est pas approuvé (%1) ; indiquez la CA qui l&apos;a signé avec --ca-file, ou vérifiez l&apos;URL du serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host name cannot be resolved (DNS); check the name and that MagicDNS is on</source>
        <translation>le nom d&apos;hôte ne peut pas être résolu (DNS) ; vérifiez le nom et que MagicDNS est activé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was refused; nothing listens on that port</source>
        <translation>la connexion a été refusée ; rien n&apos;écoute sur ce port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timed out</source>
        <translation>le délai de connexion a expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the network is unreachable: %1</source>
        <translation>le réseau est injoignable : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake failed: %1</source>
        <translation>la négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it closed the connection</source>
        <translation>il a fermé la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it closed the connection during the TLS handshake</source>
        <translation>il a fermé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>upstream %1: %2</source>
        <translation>amont %1 : %2</translation>
    </message>
</context>
<context>
    <name>UpstreamTrust</name>
    <message>
        <location filename="../proxycore/UpstreamTrust.cpp" line="+87"/>
        <source>%1: cannot read the CA file: %2</source>
        <translation>%1 : impossible de lire le fichier de CA : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no PEM certificate found in the CA file</source>
        <translation>%1 : aucun certificat PEM trouvé dans le fichier de CA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the context&apos;s certificate-authority-data holds no PEM certificate</source>
        <translation>le certificate-authority-data du contexte ne contient aucun certificat PEM</translation>
    </message>
</context>
<context>
    <name>UseCommand</name>
    <message>
        <location filename="../app/cli/UseCommand.cpp" line="+16"/>
        <source>Make CONTEXT the current context.</source>
        <translation>Faire de CONTEXT le contexte courant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already using context &quot;%1&quot;.</source>
        <translation>Le contexte « %1 » est déjà utilisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switched to context &quot;%1&quot;.</source>
        <translation>Passé au contexte « %1 ».</translation>
    </message>
</context>
<context>
    <name>WriteSummary</name>
    <message>
        <location filename="../app/cli/WriteSummary.cpp" line="+13"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(backup: %1)</source>
        <translation>(sauvegarde : %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <location filename="../app/autostart/XdgAutostart.cpp" line="+92"/>
        <source>Start kubetailor in the system tray at login</source>
        <translation>Démarrer kubetailor dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write the autostart entry %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;entrée de démarrage automatique %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove the autostart entry %1: %2</source>
        <translation>impossible de supprimer l&apos;entrée de démarrage automatique %1 : %2</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../kubeconfig/yaml/YamlReader.cpp" line="+500"/>
        <source>%1:%2:%3: byte 0x%4 is not UTF-8 text; kubectl refuses such a file too: save it as UTF-8</source>
        <translation>%1:%2:%3 : l&apos;octet 0x%4 n&apos;est pas du texte UTF-8 ; kubectl refuse lui aussi un tel fichier : enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: nested deeper than %2 levels; a kubeconfig is never that deep: check the file is what you meant</source>
        <translation>%1 : imbriqué sur plus de %2 niveaux ; un kubeconfig n&apos;est jamais aussi profond : vérifiez qu&apos;il s&apos;agit du bon fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: aliases expand to more than %2 nodes (an alias bomb?); refusing to load the file</source>
        <translation>%1 : les alias s&apos;étendent à plus de %2 nœuds (une bombe d&apos;alias ?) ; chargement du fichier refusé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: an unquoted value holds U+2028 or U+2029, which kubectl reads as a line break: put the value in double quotes</source>
        <translation>%1 : une valeur sans guillemets contient U+2028 ou U+2029, que kubectl lit comme un saut de ligne : mettez la valeur entre guillemets doubles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a quoted string starts here and is never closed; add the closing quote</source>
        <translation>%1 : une chaîne entre guillemets commence ici et n&apos;est jamais fermée ; ajoutez le guillemet fermant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2:%3: a merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation>%1:%2:%3 : une clé de fusion (&lt;&lt;) nécessite un mapping ou une liste de mappings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: alias to an unknown anchor</source>
        <translation>%1 : alias vers une ancre inconnue</translation>
    </message>
</context>
</TS>
