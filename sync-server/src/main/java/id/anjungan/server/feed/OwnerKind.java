package id.anjungan.server.feed;

/** Who registered a feed source: a training centre (any employer's vacancies) or an employer (only its own). */
public enum OwnerKind {
    CENTRE,
    EMPLOYER
}
