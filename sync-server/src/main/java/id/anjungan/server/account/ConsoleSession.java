package id.anjungan.server.account;

/**
 * A valid console session.
 *
 * @param csrfToken the synchroniser token every form of this session carries
 */
public record ConsoleSession(Principal principal, String csrfToken) {
}
