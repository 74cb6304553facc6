"""The terms of use and the privacy notice: StandardPages under the home page at
stable URLs (/terminos/, /privacidad/, and the same slugs in each translation), which
the profile's terms checkbox, the sign-up page and the footer link to."""

TERMS_SLUG = "terminos"
PRIVACY_SLUG = "privacidad"
