import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '../../../../widgets/internal/download';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadBlob (widgets/internal/download.ts)', () => {
  it('clicks a hidden Blob-URL anchor inside the given root, leaves nothing behind, revokes the URL later', async () => {
    vi.useFakeTimers();
    const clicked: { href: string; download: string; inRoot: boolean }[] = [];
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inRoot: this.getRootNode() === root });
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    downloadBlob(new Blob(['{}'], { type: 'application/json' }), 'dossier.json', root);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toMatchObject({ download: 'dossier.json', inRoot: true });
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(root.childNodes).toHaveLength(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith(clicked[0]!.href);
  });

  it('without a root, the anchor is clicked detached (the host page is not touched)', () => {
    const before = document.body.childNodes.length;
    let detached = false;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      detached = !this.isConnected;
    });
    downloadBlob(new Blob(['a;b']), 'x.csv');
    expect(detached).toBe(true);
    expect(document.body.childNodes.length).toBe(before);
  });
});
