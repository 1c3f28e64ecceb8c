import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";

/** Relative luminance (WCAG 2) of a "#rgb" or "#rrggbb" colour; null when the text is not such a colour. */
export function relativeLuminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex)
    ? hex
        .split("")
        .map((c) => c + c)
        .join("")
    : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (offset: number): number => {
    const v = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export type ThemeKind = "light" | "dark";

/**
 * Office exposes its theme as colours, not as a name, so dark is inferred from the body background.
 * 0.18 sits between Office's "Dark Gray" (#666666 ≈ 0.13) and the lightest grey backgrounds; an
 * unknown or missing theme (older hosts, browsers, Excel on the web) falls back to light.
 */
export function themeKindFor(officeTheme: { bodyBackgroundColor?: string } | undefined | null): ThemeKind {
  const background = officeTheme?.bodyBackgroundColor;
  if (!background) return "light";
  const luminance = relativeLuminance(background);
  if (luminance === null) return "light";
  return luminance < 0.18 ? "dark" : "light";
}

export function fluentThemeFor(officeTheme: { bodyBackgroundColor?: string } | undefined | null): Theme {
  return themeKindFor(officeTheme) === "dark" ? webDarkTheme : webLightTheme;
}
