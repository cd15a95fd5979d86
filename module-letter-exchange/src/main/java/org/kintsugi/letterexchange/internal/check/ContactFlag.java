package org.kintsugi.letterexchange.internal.check;

/** A passage that looks like contact details: what kind, and where (character offsets, end exclusive). */
public final class ContactFlag {
    public enum Kind { EMAIL, PHONE, POSTCODE, ADDRESS, HANDLE, WEB_ADDRESS }

    private final Kind kind;
    private final int start;
    private final int end;
    private final String text;

    public ContactFlag(Kind kind, int start, int end, String text) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
    }

    public Kind kind() { return kind; }
    public int start() { return start; }
    public int end() { return end; }
    public String text() { return text; }

    @Override
    public String toString() {
        return kind + "[" + start + "," + end + ")'" + text + "'";
    }
}
