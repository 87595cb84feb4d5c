package fr.gouv.diplomatie.daect.programme.bake;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How the record of a bake kept beside the site ({@code target/.www.precedente}) writes its strings: a length, then
 * UTF-8 bytes ({@link DataOutput#writeUTF} stops at 64 KB, which a page's text may pass). A length out of bounds means a
 * damaged record: the reader fails, and the build bakes everything.
 */
public final class RecordFormat {

    /** Longer than any content file the validation lets through. */
    private static final int LONGEST = 64 << 20;

    private RecordFormat() {
    }

    public static void writeString(DataOutput out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInput in) throws IOException {
        int length = readCount(in, LONGEST);
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A count written with {@link DataOutput#writeInt}, between 0 and {@code most}. */
    public static int readCount(DataInput in, int most) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > most) {
            throw new IOException("longueur invalide : " + count);
        }
        return count;
    }
}
