package io.rosterd.server.cli;

import io.rosterd.server.credentials.BadKeyException;
import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.credentials.SshKey;
import io.rosterd.server.credentials.SshKeys;
import io.rosterd.server.district.DistrictRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd credentials add-key}: lets a district log in with an SSH public key. */
@Command(
    name = "add-key",
    mixinStandardHelpOptions = true,
    description = {
      "Adds an SSH public key a district may log in to SFTP with, and prints its fingerprint."
          + " FILE holds the one line of the district's .pub file. Accepted: Ed25519, ECDSA"
          + " (nistp256/384/521), RSA of at least 3072 bits."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done (also when the district had the key already)",
      " 2:no such district, or FILE is not an accepted public key",
      "64:bad usage, or FILE cannot be read",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class CredentialsAddKeyCommand implements Callable<Integer> {

  /** A public key line is well under 1 KiB (RSA 16384 is about 2.8 KiB); more is not a key. */
  private static final int MAX_FILE_BYTES = 16 * 1024;

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(index = "0", paramLabel = "ID", description = "The district's id.")
  private String id;

  @Parameters(index = "1", paramLabel = "FILE", description = "The public key file (.pub).")
  private Path file;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    DistrictCommand.require(spec, DistrictRules.idProblem(id));
    String text = read();
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          SshKey key = parse(text);
          CredentialsCommand.account(database, id); // refuses an unknown district
          boolean added = new SftpAccountStore(database.jdbc()).addKey(id, key);
          SftpAccount account = CredentialsCommand.account(database, id);
          if (output.json()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("fingerprint", key.fingerprint());
            fields.put("added", added);
            CredentialsJson.write(fields, account, out);
          } else {
            CredentialsText.writeAccount(headline(key, added), account, out);
          }
          return ExitCode.OK;
        });
  }

  private String headline(SshKey key, boolean added) {
    String what = key.fingerprint() + " (" + key.algorithm() + ")";
    return added
        ? "Added key " + what + " to district " + id + "."
        : "District " + id + " has key " + what + " already; nothing changed.";
  }

  private SshKey parse(String text) {
    try {
      return SshKeys.parse(text);
    } catch (BadKeyException e) {
      throw new Refusal(ExitCode.REFUSED, file + ": " + e.getMessage());
    }
  }

  /** The file's text; a file that cannot be read is a mistake in the command line. */
  private String read() {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new ParameterException(
            spec.commandLine(),
            "FILE "
                + file
                + " is larger than "
                + MAX_FILE_BYTES
                + " bytes: expected the one line of a .pub file");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot read FILE " + file + ": " + reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
