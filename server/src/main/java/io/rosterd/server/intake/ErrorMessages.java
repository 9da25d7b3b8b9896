package io.rosterd.server.intake;

import java.nio.file.AccessDeniedException;
import org.apache.sshd.sftp.common.SftpException;
import org.apache.sshd.sftp.server.SftpErrorStatusDataHandler;
import org.apache.sshd.sftp.server.SftpSubsystemEnvironment;

/**
 * Sends the client rosterd's own reason for a refusal (which limit, which folder is read-only)
 * instead of MINA's generic status text. Other errors keep MINA's text, which names no server
 * paths.
 */
final class ErrorMessages implements SftpErrorStatusDataHandler {

  @Override
  public String resolveErrorMessage(
      SftpSubsystemEnvironment sftpSubsystem,
      int id,
      Throwable e,
      int subStatus,
      int cmd,
      Object... args) {
    if (e instanceof SftpException) {
      return e.getMessage();
    }
    if (e instanceof AccessDeniedException denied && denied.getReason() != null) {
      return "Permission denied: " + denied.getReason();
    }
    return SftpErrorStatusDataHandler.super.resolveErrorMessage(
        sftpSubsystem, id, e, subStatus, cmd, args);
  }
}
