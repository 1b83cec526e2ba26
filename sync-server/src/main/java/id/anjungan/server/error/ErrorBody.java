package id.anjungan.server.error;

/** The JSON body of every error answer: a stable code and a sentence for people. */
public record ErrorBody(String error, String message) {
}
