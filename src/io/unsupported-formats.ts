/**
 * Model files this package recognises by their magic bytes but does not read,
 * each refused with ONE line that names the path, says what the file is and
 * how to convert it to a format that is read (safetensors, `.npy`, `.npz`).
 *
 * PyTorch checkpoints are Python pickles (legacy `torch.save`: a pickle
 * stream; since PyTorch 1.6: a zip archive holding `…/data.pkl`). A pickle can
 * run arbitrary code when loaded and is not parsed here.
 */

/** Python to convert a PyTorch checkpoint into safetensors (one line). */
const TORCH_TO_SAFETENSORS =
  'import torch; from safetensors.torch import save_file; ' +
  'sd = torch.load("CHECKPOINT", map_location="cpu", weights_only=True); ' +
  'save_file(sd.get("state_dict", sd), "model.safetensors")';

/**
 * The message for a PyTorch checkpoint (zip or legacy pickle) at `path`.
 * @example pytorchMessage('model.pt')
 */
export function pytorchMessage(path: string, what = 'a PyTorch checkpoint'): string {
  return (
    `${path}: ${what} (a Python pickle) is not read: a pickle can run code and is not parsed here. ` +
    `Convert it to safetensors, e.g. python -c '${TORCH_TO_SAFETENSORS.replace('CHECKPOINT', path.replaceAll("'", ''))}' ` +
    `(for a model object: save_file(model.state_dict(), "model.safetensors")), then pass model.safetensors`
  );
}

/** Known magic bytes of formats that are refused. */
const REFUSED: readonly { readonly magic: readonly number[]; readonly message: (path: string) => string }[] = [
  // pickle protocols 2-5 start with the PROTO opcode 0x80 and the protocol number
  ...[2, 3, 4, 5].map((protocol) => ({ magic: [0x80, protocol], message: (path: string) => pytorchMessage(path, 'a legacy PyTorch checkpoint or other pickle') })),
  {
    magic: [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a], // \x89HDF\r\n\x1a\n
    message: (path) => `${path}: an HDF5 file (Keras .h5 / .weights.h5) is not read; save the weights with numpy (np.save("W.npy", layer.get_weights()[0])) or as safetensors`,
  },
  {
    magic: [0x47, 0x47, 0x55, 0x46], // GGUF
    message: (path) => `${path}: a GGUF file (llama.cpp) is not read; export the tensor from the original checkpoint as safetensors or .npy`,
  },
];

/**
 * Throws `TypeError` with the one-line message when `head` (a file's first
 * bytes) starts with the magic bytes of a refused format (pickle / legacy
 * PyTorch, HDF5, GGUF); returns otherwise.
 * @example refuseUnsupportedFormat('model.pt', head)
 */
export function refuseUnsupportedFormat(path: string, head: Uint8Array): void {
  const hit = REFUSED.find((f) => f.magic.every((b, i) => head[i] === b));
  if (hit) throw new TypeError(hit.message(path));
}
