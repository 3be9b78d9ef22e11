package org.accord.publishing;

/** A stored file of a publication, ready to serve. */
public record PublicationFile(String fileName, String mediaType, byte[] bytes, String sha256) {
}
