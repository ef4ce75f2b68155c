/** A language's name in that language ("Français"), so a reporter finds their own in any interface. */
export function nativeLanguageName(language: string): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
}
