/**
 * Copies text to the clipboard. The Clipboard API may be refused inside Confluence's iframe, so
 * the field's own text is selected and copied the old way; false when both fail (the text stays
 * selected, ready to copy by hand).
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (field === null) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
