package id.anjungan.server.console.web;

import id.anjungan.server.account.Principal;
import java.time.Instant;

/**
 * What every console page's frame needs: the texts, who is signed in (null on the sign-in page),
 * the form token, which section the navigation marks, and the page title.
 */
public record Frame(Messages t, Principal user, String csrf, String section, String title, String path, Instant now) {
    public boolean is(String name) {
        return name.equals(section);
    }
}
