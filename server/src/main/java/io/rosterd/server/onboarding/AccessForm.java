package io.rosterd.server.onboarding;

import io.rosterd.server.district.AccessRequestStore;
import io.rosterd.server.district.DistrictRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of an access request's fields, one place for the API and the web form, so a request one
 * of them takes the other takes too. Every field is checked, so a form can show each problem next
 * to its field at once.
 */
public final class AccessForm {
  public static final int MAX_NAME = 200;
  public static final int MAX_PHONE = 40;
  public static final int MAX_NOTES = 2000;
  private static final Pattern PHONE = Pattern.compile("[0-9+()./ x-]{0,40}");

  private AccessForm() {}

  /**
   * What is wrong with one field.
   *
   * @param expected what the API answers as "expected" (it names the rule)
   * @param found what the API answers as "found": null when the field was missing
   * @param sentence what a person reads next to the field
   */
  public record Problem(String field, String expected, String found, String sentence) {}

  /** The outcome: the request to store, or the problems (in the fields' order) and no request. */
  public record Checked(AccessRequestStore.Asked asked, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Checks the fields as sent; null is a field not sent. Values are stripped. */
  public static Checked check(
      String districtName, String contactName, String contactEmail, String phone, String notes) {
    List<Problem> problems = new ArrayList<>();
    String district =
        text(problems, "districtName", districtName, true, MAX_NAME, "Enter the district's name.");
    String contact = text(problems, "contactName", contactName, true, MAX_NAME, "Enter your name.");
    // The address's own rule (DistrictRules) limits its length.
    String email =
        text(
            problems,
            "contactEmail",
            contactEmail,
            true,
            Integer.MAX_VALUE,
            "Enter the email address of the district's technical contact.");
    if (clean(problems, "contactEmail") && DistrictRules.emailProblem(email).isPresent()) {
      problems.add(
          new Problem(
              "contactEmail",
              "an email address like it@district.k12.us",
              email,
              "Enter an email address like it@district.k12.us."));
    }
    String phoneText = text(problems, "phone", phone, false, MAX_PHONE, "");
    if (clean(problems, "phone") && !PHONE.matcher(phoneText).matches()) {
      problems.add(
          new Problem(
              "phone",
              "a phone number: digits, spaces and + ( ) - . x, at most 40",
              phoneText,
              "Enter a phone number: digits, spaces and + ( ) - . x."));
    }
    String notesText = text(problems, "notes", notes, false, MAX_NOTES, "");
    return new Checked(
        problems.isEmpty()
            ? new AccessRequestStore.Asked(district, contact, email, phoneText, notesText)
            : null,
        List.copyOf(problems));
  }

  /** One problem a field is enough: the person fixes it and sees the next, if any. */
  private static boolean clean(List<Problem> problems, String field) {
    return problems.stream().noneMatch(p -> p.field().equals(field));
  }

  /** The stripped text, "" when missing; adds a problem when it is required, long or odd. */
  private static String text(
      List<Problem> problems,
      String field,
      String value,
      boolean required,
      int max,
      String missing) {
    String text = value == null ? "" : value.strip();
    if (required && text.isEmpty()) {
      problems.add(
          new Problem(field, "a non-empty string", value == null ? null : "\"\"", missing));
    } else if (text.length() > max) {
      problems.add(
          new Problem(
              field,
              "at most " + max + " characters",
              text.length() + " characters",
              "Use at most " + max + " characters; this is " + text.length() + "."));
    } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      problems.add(
          new Problem(
              field,
              "text without control characters",
              "a control character",
              "Remove the control character (copied from another program?)."));
    }
    return text;
  }
}
