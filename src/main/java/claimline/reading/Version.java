package claimline.reading;

/** The program's version, as the export's generator names it. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {}
}
