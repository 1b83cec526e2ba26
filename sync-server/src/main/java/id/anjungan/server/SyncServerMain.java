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
    }
}
