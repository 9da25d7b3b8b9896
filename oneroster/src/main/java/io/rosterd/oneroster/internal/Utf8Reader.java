package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, dropping a leading byte-order mark. Bytes that are not UTF-8 refuse the
 * file with the line they are on, which the JDK's own readers cannot tell.
 */
final class Utf8Reader extends Reader {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final String file;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
  private final CharBuffer chars = CharBuffer.allocate(CHUNK).flip();
  private long completeLines;
  private boolean endOfInput;
  private boolean atStart = true;

  Utf8Reader(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(target, offset, n);
    return n;
  }

  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (!bytes.hasRemaining() && endOfInput) {
        break;
      }
      readBytes();
      boolean first = atStart && chars.position() == 0 && completeLines == 0;
      boolean utf16 = first && startsLikeUtf16(bytes);
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        throw utf16 ? utf16() : notUtf8();
      }
      if (endOfInput && !bytes.hasRemaining()) {
        decoder.flush(chars);
      }
    }
    chars.flip();
    skipByteOrderMark();
    completeLines += linesRefusingNul(chars.position(), chars.limit());
    return chars.hasRemaining();
  }

  /**
   * Counts the newlines from {@code from} to {@code to}, refusing a NUL character on the way: a
   * text file never holds one, and the database cannot store one.
   */
  private long linesRefusingNul(int from, int to) {
    char[] array = chars.array();
    long count = 0;
    for (int i = from; i < to; i++) {
      char c = array[i];
      if (c == '\n') {
        count++;
      } else if (c == '\0') {
        throw nul(completeLines + count + 1, completeLines + count == 0 && utf16Pattern(from, to));
      }
    }
    return count;
  }

  /** Text in UTF-16 without a byte-order mark: a NUL beside every ASCII character, as "s\0o\0". */
  private boolean utf16Pattern(int from, int to) {
    if (to - from < 4) {
      return false;
    }
    char[] a = chars.array();
    boolean little = a[from] != 0 && a[from + 1] == 0 && a[from + 2] != 0 && a[from + 3] == 0;
    boolean big = a[from] == 0 && a[from + 1] != 0 && a[from + 2] == 0 && a[from + 3] != 0;
    return little || big;
  }

  private UploadRejected nul(long line, boolean utf16) {
    String why =
        utf16
            ? " it looks like UTF-16 without a byte-order mark (every other byte is 0). Save or"
                + " export the file as UTF-8 (\"CSV UTF-8\" in Excel) and upload it again."
            : " line "
                + line
                + " holds a NUL character (byte 0), which a CSV text file never has: the file is"
                + " damaged or not a CSV file. Export it again as UTF-8 CSV and upload it again.";
    return Rejections.atLine(
        IssueCode.FILE_NOT_UTF8, file, line, file + " is not UTF-8 text:" + why);
  }

  private void readBytes() throws IOException {
    if (endOfInput) {
      return;
    }
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void skipByteOrderMark() {
    if (atStart && chars.hasRemaining()) {
      atStart = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
  }

  /** A UTF-16 byte-order mark (FF FE or FE FF): Excel's "Unicode Text", among others. */
  private static boolean startsLikeUtf16(ByteBuffer buffer) {
    if (buffer.remaining() < 2) {
      return false;
    }
    int a = buffer.get(buffer.position()) & 0xFF;
    int b = buffer.get(buffer.position() + 1) & 0xFF;
    return (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF);
  }

  private UploadRejected utf16() {
    return Rejections.atLine(
        IssueCode.FILE_NOT_UTF8,
        file,
        1,
        file
            + " is not UTF-8: it is UTF-16 (it starts with a UTF-16 byte-order mark; Excel's"
            + " \"Unicode Text\" saves files so). Save or export the file as UTF-8 (\"CSV UTF-8\" in"
            + " Excel) and upload it again.");
  }

  private UploadRejected notUtf8() {
    long line = completeLines + linesRefusingNul(0, chars.position()) + 1;
    return Rejections.atLine(
        IssueCode.FILE_NOT_UTF8,
        file,
        line,
        file
            + " is not UTF-8: line "
            + line
            + " holds bytes that are not UTF-8 text (often a file saved as Windows-1252 or"
            + " Latin-1). Save or export the file as UTF-8 (\"CSV UTF-8\" in Excel) and upload it"
            + " again.");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
