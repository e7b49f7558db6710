package com.necxian.refunds.notification.domain;

/** An e-mail address as logs may show it: the first character of the local part, then the domain. */
public final class MaskedEmail {

    private MaskedEmail() {
    }

    public static String of(String address) {
        if (address == null) {
            return "(none)";
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
