package io.rosterd.oneroster.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The files of one upload, a folder or a zip, by name. */
interface UploadSource extends Closeable {

  /** The names of the files at the root, in a stable order. */
  List<String> names();

  /** The size of one file in bytes, or -1 when it is not known before reading. */
  long size(String name);

  /** The bytes of one file; the stream enforces the size limits while it is read. */
  InputStream open(String name) throws IOException;

  @Override
  void close();
}
