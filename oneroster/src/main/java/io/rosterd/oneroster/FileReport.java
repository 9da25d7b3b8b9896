package io.rosterd.oneroster;

/**
 * What happened to one file of an upload.
 *
 * @param name the file name as uploaded
 * @param kind {@code orgs}, {@code users}, {@code roles}, {@code manifest} or {@code ignored}
 * @param mode bulk, delta or absent for roster files; null for the manifest and ignored files
 * @param rows data rows read (the header is not a row)
 * @param accepted rows that passed every check
 * @param skipped rows skipped because of an error
 * @param status {@code read}, {@code rejected} or {@code ignored}
 * @param note why a file was ignored or rejected, in a sentence; empty otherwise
 */
public record FileReport(
    String name,
    String kind,
    Mode mode,
    long rows,
    long accepted,
    long skipped,
    String status,
    String note) {

  public static final String READ = "read";
  public static final String REJECTED = "rejected";
  public static final String IGNORED = "ignored";

  public static FileReport ignored(String name, String note) {
    return new FileReport(name, IGNORED, null, 0, 0, 0, IGNORED, note);
  }
}
