import { describe, expect, it, vi } from 'vitest';
import { ExternalLinkRefused, externalLinkOpener, externalUrlToOpen, isLocalHost, linkRefusalWords } from './externalLinks';

describe('externalUrlToOpen', () => {
  it('hands on the normalised address, not the string it was given', () => {
    expect(externalUrlToOpen('https://www.Axis.co.id')).toBe('https://www.axis.co.id/');
    expect(externalUrlToOpen('HTTPS://example.com/a b?q=ü')).toBe('https://example.com/a%20b?q=%C3%BC');
    expect(externalUrlToOpen('  https://example.com/path\t')).toBe('https://example.com/path');
    expect(externalUrlToOpen('https://example.com\\@evil.example/')).toBe('https://example.com/@evil.example/');
  });

  it('refuses everything but http and https, and credentials in the address', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-settings:', 'data:text/html,x', 'not a url', '']) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
    expect(externalUrlToOpen('https://bank.example@evil.example/')).toBeNull();
    expect(externalUrlToOpen('https://user:pass@example.com/')).toBeNull();
    expect(externalUrlToOpen(`https://example.com/${'a'.repeat(2000)}`)).toBeNull();
  });

  it('refuses this machine and the local network, however the address is written', () => {
    const local = [
      'http://127.0.0.1:8080/admin',
      'http://127.255.0.9/',
      'http://2130706433/', // 127.0.0.1 as one number
      'http://0x7f.1/',
      'http://0.0.0.0:3000/',
      'http://localhost/',
      'http://LOCALHOST./',
      'http://api.localhost/',
      'http://[::1]/',
      'http://[0:0:0:0:0:0:0:1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:192.168.1.1]/',
      'http://10.0.0.1/',
      'http://10.255.255.255/',
      'http://172.16.0.1/',
      'http://172.31.255.254/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fc00::1]/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://[febf::1]/',
      'http://printer.local/',
      'http://router/',
    ];
    for (const url of local) expect(externalUrlToOpen(url), url).toBeNull();
  });

  it('lets public addresses through, including neighbours of the private ranges', () => {
    const open = [
      'https://www.axis.co.id/',
      'http://8.8.8.8/',
      'http://172.15.0.1/',
      'http://172.32.0.1/',
      'http://192.169.0.1/',
      'http://169.255.0.1/',
      'http://11.0.0.1/',
      'http://[2001:db8::1]/',
      'http://[2600::1]/',
      'https://localhost.example.com/',
      'https://local.example/',
    ];
    for (const url of open) expect(externalUrlToOpen(url), url).toBe(new URL(url).href);
  });

  it('reads hosts the way URL gives them', () => {
    expect(isLocalHost('[fe80::1]')).toBe(true);
    expect(isLocalHost('[::ffff:a00:1]')).toBe(true); // ::ffff:10.0.0.1 as URL writes it
    expect(isLocalHost('example.com')).toBe(false);
  });
});

describe('externalLinkOpener', () => {
  it('opens the normalised address while the window has the focus', async () => {
    const openExternal = vi.fn(async () => undefined);
    const open = externalLinkOpener({ openExternal, now: () => 0 });
    await open('https://www.Axis.co.id', true);
    expect(openExternal).toHaveBeenCalledWith('https://www.axis.co.id/');
  });

  it('refuses local addresses, a window in the background, and a flood', async () => {
    const openExternal = vi.fn(async () => undefined);
    let time = 10_000;
    const open = externalLinkOpener({ openExternal, now: () => time });
    await expect(open('http://192.168.0.1/', true)).rejects.toBeInstanceOf(ExternalLinkRefused);
    await expect(open('https://example.com/', false)).rejects.toBeInstanceOf(ExternalLinkRefused);
    await open('https://example.com/', true);
    time += 200;
    await expect(open('https://example.com/2', true)).rejects.toBeInstanceOf(ExternalLinkRefused);
    time += 1000;
    await open('https://example.com/3', true);
    expect(openExternal.mock.calls).toEqual([['https://example.com/'], ['https://example.com/3']]);
  });

  it('says why in the interface’s language', async () => {
    let language: 'en' | 'zh-CN' = 'zh-CN';
    const open = externalLinkOpener({ openExternal: vi.fn(async () => undefined), language: () => language });
    await expect(open('http://10.0.0.1/', true)).rejects.toThrow(linkRefusalWords['zh-CN'].notPublic);
    language = 'en';
    await expect(open('http://10.0.0.1/', true)).rejects.toThrow(/not ones on this computer or its local network/);
  });
});
