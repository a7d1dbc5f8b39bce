package org.usmx.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong validators for answers the response cache keys: the data hash, then a hash of the request key. */
final class Validators {

    private Validators() {}

    static String etag(String dataHash, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((dataHash + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return "\"" + dataHash.substring(0, Math.min(16, dataHash.length())) + "-" + HexFormat.of().formatHex(digest, 0, 10) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
