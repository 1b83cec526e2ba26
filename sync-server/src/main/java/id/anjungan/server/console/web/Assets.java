package id.anjungan.server.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Addresses of the pages' scripts; htmx comes from its webjar, whose version the build pins. */
public final class Assets {
    public static final String HTMX = "/webjars/htmx.org/" + webjarVersion("org.webjars.npm", "htmx.org") + "/dist/htmx.min.js";

    private Assets() {
    }

    private static String webjarVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("webjar " + group + ":" + artifact + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
