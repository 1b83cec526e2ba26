package id.anjungan.server;

/** Starts the sync server with its configuration from system properties and environment variables. */
public final class SyncServerMain {
    private SyncServerMain() {
    }

    public static void main(String[] args) {
        ServerConfig config = ServerConfig.defaults();
        SyncServer server = SyncServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "sync-server-shutdown"));
        System.out.println("Anjungan Bursa Kerja sync server listening on " + server.baseUri()
                + " (database " + config.database().toAbsolutePath() + ")");
        if (config.adminToken() == null) {
            System.out.println("Administrator API token for this run (set ABK_SERVER_ADMIN_TOKEN to choose one): "
                    + server.adminToken());
        }
        if (config.loadDemoData()) {
            System.out.println("Demo kiosk enrolment code written to " + config.demoEnrolmentCodeFile());
        }
        if (!server.firstStartAccounts().isEmpty()) {
            System.out.println("Staff console " + server.baseUri().resolve("/console/") + ": accounts created on this first start"
                    + " (shown this once; an administrator makes new passwords on the Accounts page)"
                    + (config.loadDemoData() ? ", also written to " + config.demoAccountsFile() : "") + ":");
            server.firstStartAccounts().forEach(line -> System.out.println("  " + line));
        }
    }
}
