package id.anjungan.server.feed;

/** Who registered a feed source: a training centre (the vacancies of employers in its regions) or an employer (only its own). */
public enum OwnerKind {
    CENTRE,
    EMPLOYER
}
