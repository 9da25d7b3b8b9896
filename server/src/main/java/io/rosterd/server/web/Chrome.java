package io.rosterd.server.web;

/**
 * What every page's frame shows: the title, who is signed in, and the CSRF token for its forms.
 *
 * @param email the signed-in account, or null
 * @param district a contact's district, or null (support, or nobody signed in)
 */
public record Chrome(String title, String email, boolean support, String district, String csrf) {

  static Chrome of(Visit visit, String title) {
    WebUser user = visit.user();
    return user == null
        ? new Chrome(title, null, false, null, visit.csrf())
        : new Chrome(title, user.email(), user.isSupport(), user.district(), visit.csrf());
  }

  public boolean signedIn() {
    return email != null;
  }
}
