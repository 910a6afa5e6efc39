package claimline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Stable event ids: a prefix and the first five bytes of the SHA-256 of what identifies the event, in hex. */
public final class EventIds {
    private static final String HEX = "0123456789abcdef";

    private EventIds() {}

    public static String of(String prefix, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < 5; i++) {
                sb.append(HEX.charAt((h[i] >> 4) & 0xF)).append(HEX.charAt(h[i] & 0xF));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
