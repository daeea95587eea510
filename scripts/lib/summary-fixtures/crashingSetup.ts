export default function setup() {
  throw new Error('the stack did not start')
}
